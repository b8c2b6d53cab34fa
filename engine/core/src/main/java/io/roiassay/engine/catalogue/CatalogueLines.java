package io.roiassay.engine.catalogue;

/**
 * The lines a catalogue problem names, so that a consultant opens the right one: where a key is written (the
 * catalogue is parsed as a tree, which keeps no positions, so they are found in the text) and where a file stops
 * being valid YAML.
 */
final class CatalogueLines {

    private CatalogueLines() {
    }

    /**
     * A file that is not valid YAML: SnakeYAML's own problem and where it is ("found character '\t' that cannot start
     * any token" at 2:1), not Jackson's first line ("while scanning for the next token"), which names only the context.
     */
    static Catalogue.Problem parseProblem(String file, Exception e) {
        org.yaml.snakeyaml.error.MarkedYAMLException yaml = io.roiassay.engine.errors.Causes.find(e,
                org.yaml.snakeyaml.error.MarkedYAMLException.class);
        if (yaml == null || yaml.getProblemMark() == null) {
            return new Catalogue.Problem(new Catalogue.Source(file, line(e)), "not valid YAML: " + firstLine(e.getMessage()));
        }
        return new Catalogue.Problem(new Catalogue.Source(file, yaml.getProblemMark().getLine() + 1),
                "not valid YAML at column " + (yaml.getProblemMark().getColumn() + 1) + ": "
                        + firstLine(yaml.getProblem()) + (yaml.getContext() == null ? "" : " (" + firstLine(yaml.getContext())
                        + (yaml.getContextMark() == null ? "" : ", from line " + (yaml.getContextMark().getLine() + 1)) + ")")
                        + (String.valueOf(yaml.getProblem()).contains("found '<scalar>'")
                        ? "; is a quote on a line above left unclosed?" : ""));
    }

    /** The line of an indented key below line {@code from} (1-based), or {@code from} when it is not found. */
    static int nestedLineOf(String[] lines, int from, String key) {
        for (int i = from; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return from;
    }

    /** The 1-based line where {@code key} is defined at the top level (plain, double- or single-quoted); 1 if none. */
    static int lineOf(String[] lines, String key) {
        String plain = key + ":";
        String doubleQuoted = "\"" + key + "\":";
        String singleQuoted = "'" + key + "':";
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith(plain) || l.startsWith(doubleQuoted) || l.startsWith(singleQuoted)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The line a YAML parse error points at; 1 when it names none. */
    static int line(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return Math.max(1, j.getLocation().getLineNr());
        }
        return 1;
    }

    /** The first line of a message; empty for null. */
    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

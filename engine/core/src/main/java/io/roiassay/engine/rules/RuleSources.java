package io.roiassay.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gathers a rule pack's files: the built-in pack from the class path (through the index the build writes,
 * never by scanning) and an optional overlay directory whose files add to, or replace, built-in files of
 * the same relative path.
 */
public final class RuleSources {

    /** The origin of files shipped inside the tool. */
    public static final String BUILT_IN = "built-in";

    private static final String ROOT = "roi-assay/rules/";

    private RuleSources() {
    }

    /** The built-in pack, sorted by path; empty when the rule-pack artifact is not on the class path. */
    public static List<RuleFile> builtIn() {
        ClassLoader loader = RuleSources.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(ROOT + "INDEX")) {
            if (index == null) {
                return List.of();
            }
            List<RuleFile> files = new ArrayList<>();
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String path = line.strip();
                if (path.isEmpty()) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
                    if (in == null) {
                        throw new IOException("rule index names " + path + " but the file is missing");
                    }
                    files.add(new RuleFile(path, BUILT_IN, in.readAllBytes()));
                }
            }
            return sorted(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rule pack: " + e.getMessage(), e);
        }
    }

    /**
     * Every file under an overlay directory (relative paths with '/'), sorted. Hidden files and a top-level
     * {@code target/} folder (Maven's build output, when the directory is a checkout's {@code rules/}) are skipped.
     */
    public static List<RuleFile> directory(Path dir) throws RulePackException {
        if (!Files.isDirectory(dir)) {
            throw new RulePackException("rule directory " + dir + " does not exist or is not a directory");
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!Files.isRegularFile(p) || rel.startsWith(".") || rel.contains("/.") || rel.startsWith("target/")) {
                    continue;
                }
                files.add(new RuleFile(rel, dir.toString(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new RulePackException("cannot read rule directory " + dir + ": " + e.getMessage());
        }
        return sorted(files);
    }

    /** The built-in files with the overlay's files added or replacing those of the same path. */
    public static List<RuleFile> overlay(List<RuleFile> base, List<RuleFile> overlay) {
        Map<String, RuleFile> byPath = new TreeMap<>();
        base.forEach(f -> byPath.put(f.path(), f));
        overlay.forEach(f -> byPath.put(f.path(), f));
        return List.copyOf(byPath.values());
    }

    /** {@code sha256:} over the sorted paths and contents of the files Drools compiles and the catalogue files. */
    public static String hash(List<RuleFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : sorted(files)) {
                if (!f.isRuleSource() && !f.isCatalogue()) {
                    continue;
                }
                md.update(f.path().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Integer.toString(f.content().length).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.content());
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RuleFile> sorted(List<RuleFile> files) {
        Map<String, RuleFile> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        return List.copyOf(byPath.values());
    }
}

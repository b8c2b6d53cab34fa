package io.roiassay.engine.workflow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.roiassay.engine.caseio.CaseFiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file of one or more documents ({@code ---} between them) into trees, remembering the line
 * and column of every field, with the same strictness as case files: duplicate keys are errors and numbers
 * stay exact decimals.
 */
final class YamlDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** One document: its tree and the position of each field path ({@code expect.findings.present[0]}). */
    record Document(JsonNode root, Map<String, int[]> positions) {

        /** The line and column of a path, or of its nearest parent that has one; {0, 0} when none. */
        int[] at(String path) {
            String p = path;
            while (true) {
                int[] found = positions.get(p);
                if (found != null) {
                    return found;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) {
                    return positions.getOrDefault("", new int[] {0, 0});
                }
                p = p.substring(0, cut);
            }
        }
    }

    /** A syntax error, with the line and column where the parser stopped. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, JsonLocation at) {
            super(message);
            this.line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            this.column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        }
    }

    /** A case may nest as deep as a case file may; its scenario document adds one level, for {@code case:}. */
    static final int MAX_DEPTH = CaseFiles.MAX_NESTING + 1;

    private YamlDocuments() {
    }

    /** Parses every document of the text. */
    static List<Document> parse(String text) throws SyntaxError {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Document> out = new ArrayList<>();
        try (JsonParser p = YAML.createParser(content)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                Map<String, int[]> positions = new HashMap<>();
                JsonNode root = read(p, t, "", positions, 1);
                out.add(new Document(root, positions));
            }
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
            m = m.startsWith("Duplicate field") ? "duplicate key " + m.substring("Duplicate field ".length()).strip()
                    + "; each key may appear only once" : "YAML syntax error: " + m.lines().findFirst().orElse(m);
            throw new SyntaxError(m, e.getLocation());
        } catch (IOException e) {
            throw new SyntaxError("cannot read the YAML text: " + e.getMessage(), null);
        }
        return out;
    }

    private static JsonNode read(JsonParser p, JsonToken token, String path, Map<String, int[]> positions, int depth)
            throws IOException, SyntaxError {
        JsonLocation at = p.currentTokenLocation();
        positions.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
        // The checks the case reader makes on a case file, so an inline case is read as strictly as one.
        if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw new SyntaxError("lists and objects nested more than " + MAX_DEPTH + " levels deep", at);
        }
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands a YAML alias (*name) over as the string "name", not as the value it refers to.
            throw new SyntaxError((path.isEmpty() ? "" : path + ": ") + "a YAML alias (*" + p.getText()
                    + ") is not supported; write the value out", at);
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    JsonLocation k = p.currentTokenLocation();
                    positions.put(child, new int[] {k.getLineNr(), k.getColumnNr()});
                    object.set(name, read(p, p.nextToken(), child, positions, depth + 1));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(read(p, t, path + "[" + i++ + "]", positions, depth + 1));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                try {
                    return NODES.numberNode(p.getDecimalValue());
                } catch (NumberFormatException e) {
                    return NODES.textNode(p.getText());
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }
}

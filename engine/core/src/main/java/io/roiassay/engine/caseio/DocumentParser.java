package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.JsonFactory;
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

import java.io.IOException;

/**
 * Parses YAML or JSON into a tree and a {@link LocationIndex} in one walk over the token stream, so the
 * two can never disagree. Numbers are kept as exact decimals ({@code 0.10} stays {@code 0.10}).
 * Thread-safe: the factories are, and each call has its own parser.
 */
final class DocumentParser {

    /** Exact decimals: the tree must hold what the user wrote, never a double's approximation. */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonFactory json = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Linear in the text's length, even for one long scalar (see {@link WholeTextStreamReader}). */
    private final YAMLFactory yaml = new LinearYamlFactory(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));

    /**
     * Parses {@code content}; a syntax error, duplicate key, empty or non-object document is a failure.
     *
     * @param locate whether to record every value's location; only needed to place errors, so a valid case is
     *               parsed without it and a failing one again with it (locations are then null)
     */
    ParsedDocument parse(String content, boolean asJson, boolean locate) throws ParseFailure {
        String kind = asJson ? "JSON" : "YAML";
        JsonParser parser = null;
        try {
            parser = asJson ? json.createParser(content) : yaml.createParser(content);
            JsonToken first = parser.nextToken();
            String written = first == JsonToken.VALUE_NULL || first == JsonToken.VALUE_STRING ? parser.getText() : null;
            // an empty YAML document (only `---`) arrives as an empty scalar that spans no characters (a quoted
            // empty string spans its quotes): no case was written at all
            boolean emptyDocument = !asJson && first == JsonToken.VALUE_STRING && written != null && written.isEmpty()
                    && parser.currentLocation().getCharOffset() == parser.currentTokenLocation().getCharOffset();
            if (first == null || emptyDocument || first == JsonToken.VALUE_NULL && (written == null || written.isEmpty())) {
                throw new ParseFailure(new Problem("", 1, 1, "the file is empty; expected a case object"));
            }
            if (first == JsonToken.VALUE_NULL) {
                // `null` or `~` (a batch line of null): there is a document, and it is no case object
                throw failure(parser.currentTokenLocation(), "the top level must be an object of case fields, got null");
            }
            if (first != JsonToken.START_OBJECT) {
                throw failure(parser.currentTokenLocation(),
                        "the top level must be an object of case fields, got " + describe(first));
            }
            LocationIndex index = locate ? new LocationIndex() : null;
            ObjectNode root = (ObjectNode) readValue(parser, first, "", index, 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw failure(parser.currentTokenLocation(), asJson
                        ? "unexpected content after the end of the case object"
                        : "a second YAML document starts here; a case file holds exactly one");
            }
            return new ParsedDocument(root, index);
        } catch (JsonProcessingException e) {
            throw new ParseFailure(ParseMessages.describe(e, parser, kind));
        } catch (IOException e) {
            throw new ParseFailure(new Problem("", null, null, "cannot read the " + kind + " text: "
                    + ParseMessages.clean(e.getMessage())));
        } finally {
            closeQuietly(parser);
        }
    }

    private static JsonNode readValue(JsonParser p, JsonToken token, String pointer, LocationIndex index, int depth)
            throws IOException, ParseFailure {
        if (index != null) {
            index.put(pointer, p.currentTokenLocation());
        }
        if (depth > CaseFiles.MAX_NESTING && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw failure(p.currentTokenLocation(), Pointers.prefix(pointer, 2), "lists and objects nested more than "
                    + CaseFiles.MAX_NESTING + " levels deep (a case needs far fewer)");
        }
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands a YAML alias (*name) over as the string "name", not as the value it refers to.
            throw failure(p.currentTokenLocation(), pointer, ParseMessages.alias(p.getText()));
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    String child = index == null ? pointer : Pointers.child(pointer, name);
                    if (index != null) {
                        index.put(child, p.currentTokenLocation());
                    }
                    object.set(name, readValue(p, p.nextToken(), child, index, depth + 1));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(readValue(p, t, index == null ? pointer : Pointers.child(pointer, i++), index, depth + 1));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                checkText(p, pointer);
                return checkValue(p, pointer, integer(p));
            case VALUE_NUMBER_FLOAT:
                checkText(p, pointer);
                return checkValue(p, pointer, decimal(p, pointer));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw failure(p.currentTokenLocation(), pointer, "unsupported value (" + describe(token)
                        + "); use a plain string, number, true/false, list or object");
        }
    }

    private static void checkText(JsonParser p, String pointer) throws IOException, ParseFailure {
        String problem = NumberLimits.beforeParsing(p.getText());
        if (problem != null) {
            throw failure(p.currentTokenLocation(), pointer, problem);
        }
    }

    private static JsonNode checkValue(JsonParser p, String pointer, JsonNode number) throws IOException, ParseFailure {
        String problem = NumberLimits.afterParsing(number.decimalValue(), p.getText());
        if (problem != null) {
            throw failure(p.currentTokenLocation(), pointer, problem);
        }
        return number;
    }

    private static JsonNode integer(JsonParser p) throws IOException {
        switch (p.getNumberType()) {
            case INT:
                return NODES.numberNode(p.getIntValue());
            case LONG:
                return NODES.numberNode(p.getLongValue());
            default:
                return NODES.numberNode(p.getBigIntegerValue());
        }
    }

    private static JsonNode decimal(JsonParser p, String pointer) throws IOException, ParseFailure {
        try {
            return NODES.numberNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
            // YAML's .inf and .nan reach here: they have no decimal value and no meaning as money.
            throw failure(p.currentTokenLocation(), pointer,
                    "expected a finite number, got " + p.getText());
        }
    }

    private static ParseFailure failure(JsonLocation at, String message) {
        return failure(at, "", message);
    }

    private static ParseFailure failure(JsonLocation at, String pointer, String message) {
        return new ParseFailure(new Problem(pointer, ParseMessages.line(at), ParseMessages.column(at), message));
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_EMBEDDED_OBJECT:
                return "binary or tagged data";
            default:
                return "'" + token.asString() + "'";
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Reading from a String: closing cannot fail in a way that matters to the user.
            }
        }
    }
}

package io.roiassay.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code id} a rejected input names, read on the failure path only: a JSON document's top-level {@code id}, or
 * a YAML file's top-level {@code id:} line (not parsed again: a YAML value can be costly to parse, and the id is one
 * plain line). Null when there is none, or when it is not a valid case id.
 */
final class CaseIds {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The case format's id (schema case-1: pattern ^[a-z0-9][a-z0-9._-]*$, at most 80 characters). */
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern YAML_ID = Pattern.compile("(?m)^id:[ \\t]*(['\"]?)([a-z0-9][a-z0-9._-]{0,79})\\1[ \\t]*(#.*)?$");

    private CaseIds() {
    }

    static String peek(BatchItem item) {
        String text = item.content();
        if (text == null) {
            return null;
        }
        if (item.json()) {
            try {
                JsonNode id = JSON.readTree(text).path("id");
                return id.isTextual() && VALID.matcher(id.asText()).matches() ? id.asText() : null;
            } catch (java.io.IOException | RuntimeException e) {
                return null; // not JSON: the errors say so
            }
        }
        Matcher m = YAML_ID.matcher(text);
        return m.find() ? m.group(2) : null;
    }
}

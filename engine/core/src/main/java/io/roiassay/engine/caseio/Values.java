package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shows document values and lists of allowed values in messages. */
final class Values {

    private static final int MAX_SHOWN = 60;

    private Values() {
    }

    /** A value as a person would recognise it: quoted text, the number as written, "null", "a list of 3". */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.asText();
            return "'" + (text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text) + "'";
        }
        if (value.isNumber()) {
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        if (value.isArray()) {
            return value.size() == 1 ? "a list of 1 value" : "a list of " + value.size() + " values";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.asText();
    }

    /**
     * "one of a, b, c". Chinese aliases are not listed one by one (the category list has over twenty);
     * one is named as an example, and spellings differing only in case from a listed id are left out.
     */
    static String oneOf(JsonNode values) {
        List<String> listed = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        String aliasExample = null;
        for (JsonNode v : values) {
            String text = v.asText();
            if (!text.chars().allMatch(c -> c < 128)) {
                aliasExample = aliasExample == null ? text : aliasExample;
            } else if (!lowered.contains(text.toLowerCase(Locale.ROOT))) {
                listed.add(text);
                lowered.add(text.toLowerCase(Locale.ROOT));
            }
        }
        String list = "one of " + String.join(", ", listed);
        return aliasExample == null ? list : list + ", or a Chinese alias such as " + aliasExample;
    }
}

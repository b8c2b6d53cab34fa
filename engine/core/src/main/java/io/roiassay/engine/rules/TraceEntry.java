package io.roiassay.engine.rules;

import java.util.List;

/** One rule firing: the rule, the file it lives in, and the facts it matched (as text). */
public record TraceEntry(String rule, String file, List<String> facts) {

    public TraceEntry {
        facts = List.copyOf(facts);
    }
}

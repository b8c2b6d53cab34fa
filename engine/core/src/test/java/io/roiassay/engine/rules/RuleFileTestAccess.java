package io.roiassay.engine.rules;

import java.util.List;

/** Test access to the decision-table CSV reader, so tests split lines as Drools does. */
public final class RuleFileTestAccess {

    private RuleFileTestAccess() {
    }

    /** One CSV line's cells. */
    public static List<String> cells(String line) {
        return DecisionTables.cells(line);
    }
}

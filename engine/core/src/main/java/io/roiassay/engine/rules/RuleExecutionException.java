package io.roiassay.engine.rules;

import org.kie.api.runtime.rule.ConsequenceException;

import java.util.List;

/** A rule failed while firing (e.g. it set an unknown grade); names the rule and its file. Exit code 3. */
public final class RuleExecutionException extends RuntimeException {

    private RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A rule-pack problem found while running (e.g. the profile rules left an assumption unset). */
    public RuleExecutionException(String message) {
        super(message);
    }

    static RuleExecutionException from(RuntimeException e, List<TraceEntry> trace) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = "a rule";
        if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
            where = "rule '" + ce.getMatch().getRule().getName() + "'";
        } else if (!trace.isEmpty()) {
            where = "a rule after '" + trace.get(trace.size() - 1).rule() + "'";
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new RuleExecutionException(where + " failed: " + detail, e);
    }
}

package io.roiassay.engine.rules;

import io.roiassay.engine.errors.Causes;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.List;
import java.util.function.Function;

/** A rule failed while firing (e.g. it set an unknown grade); names the rule and its file. Exit code 3. */
public final class RuleExecutionException extends RuntimeException {

    private RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A rule-pack problem found while running (e.g. the profile rules left an assumption unset). */
    public RuleExecutionException(String message) {
        super(message);
    }

    /**
     * The failure of a firing rule, named by {@code describe} (its name, file and, for a decision-table row, the
     * row: a consultant's typo in a table cell must lead back to the cell).
     */
    static RuleExecutionException from(RuntimeException e, List<TraceEntry> trace, Function<Rule, String> describe) {
        Throwable root = Causes.root(e);
        String where = "a rule";
        if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
            where = "rule " + describe.apply(ce.getMatch().getRule());
        } else if (!trace.isEmpty()) {
            where = "a rule after '" + trace.get(trace.size() - 1).rule() + "'";
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof NumberFormatException) {
            detail = "a value it gives as a number is not one (" + detail + ")";
        }
        return new RuleExecutionException(where + " failed: " + detail, e);
    }

    /**
     * A firing rule exhausted the JVM ({@link OutOfMemoryError}: it allocates more than the heap holds, or
     * {@link StackOverflowError}: deep calls the code check, which refuses recursion, did not foresee). Rule files are untrusted:
     * that is the pack's failure (exit 3) and names the rule, not "out of memory" for the user's case (exit 1).
     * {@code where} names the firing rule ("rule 'X' (file)"), or says that a condition was being evaluated.
     */
    static RuleExecutionException exhausted(String where, VirtualMachineError e) {
        String what = e instanceof StackOverflowError
                ? "overflowed the stack (calls nested too deep)"
                : "ran out of memory: it allocates more than the JVM's heap holds (" + e.getMessage() + ")";
        return new RuleExecutionException(where + " " + what + "; the assessment is void (exit 3)", e);
    }
}

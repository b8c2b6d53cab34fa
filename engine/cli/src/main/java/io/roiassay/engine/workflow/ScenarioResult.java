package io.roiassay.engine.workflow;

import java.util.List;

/**
 * The outcome of one scenario: passed when {@code failures} is empty; each failure says expected and got.
 * {@code packFailed}: the rule pack itself failed on the case (a rule passed a limit or broke), what {@code assess}
 * exits 3 for, rather than an expectation that did not hold.
 */
public record ScenarioResult(Scenario scenario, List<String> failures, boolean packFailed) {

    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    /** A scenario the pack ran: its expectations that did not hold. */
    public ScenarioResult(Scenario scenario, List<String> failures) {
        this(scenario, failures, false);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }
}

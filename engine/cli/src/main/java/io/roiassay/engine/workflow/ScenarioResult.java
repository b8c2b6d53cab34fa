package io.roiassay.engine.workflow;

import java.util.List;

/** The outcome of one scenario: passed when {@code failures} is empty; each failure says expected and got. */
public record ScenarioResult(Scenario scenario, List<String> failures) {

    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }
}

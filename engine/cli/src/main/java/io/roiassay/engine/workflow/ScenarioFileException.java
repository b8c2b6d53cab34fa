package io.roiassay.engine.workflow;

import java.util.List;
import java.util.stream.Collectors;

/** One or more scenario files are invalid; every problem has file and line. Exit code 2. */
public final class ScenarioFileException extends Exception {

    private final transient List<ScenarioError> errors;

    public ScenarioFileException(List<ScenarioError> errors) {
        super(errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in file order. */
    public List<ScenarioError> errors() {
        return errors;
    }
}

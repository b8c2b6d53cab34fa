package io.roiassay.engine.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule pack could not be loaded: every problem found, each with file and line. Exit code 3. */
public final class RulePackException extends Exception {

    private final transient List<RuleProblem> problems;

    public RulePackException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RulePackException(String message) {
        this(List.of(new RuleProblem("rules", 0, 0, message, true)));
    }

    /** The problems, in file order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}

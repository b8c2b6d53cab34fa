package io.roiassay.engine.caseio;

/** The file is not a well-formed single YAML or JSON object; carries the one problem the parser hit. */
final class ParseFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ParseFailure(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}

package io.roiassay.engine.caseio;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a case file cannot be read, is malformed or invalid; carries every error found. */
public final class CaseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Errors with a line come first, in file order; errors at the same line are ordered by path. */
    static final Comparator<CaseError> ORDER = Comparator
            .comparing(CaseError::line, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseError::path)
            .thenComparing(CaseError::column, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseError::message);

    private final transient List<CaseError> errors;

    /** Creates the exception for a non-empty list of errors, which it sorts. */
    public CaseException(List<CaseError> errors) {
        super(format(sorted(errors)));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a CaseException needs at least one error");
        }
        this.errors = sorted(errors);
    }

    /** The errors, sorted by line, then path. */
    public List<CaseError> errors() {
        return errors;
    }

    private static List<CaseError> sorted(List<CaseError> errors) {
        return errors.stream().sorted(ORDER).toList();
    }

    private static String format(List<CaseError> errors) {
        return errors.stream().map(CaseError::toString).collect(Collectors.joining("\n"));
    }
}

package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.JsonLocation;
import io.roiassay.engine.model.Case;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a case file (YAML or JSON), validates it and binds it to {@link Case}, reporting every problem in
 * one {@link CaseException}. Thread-safe and meant to be shared: parsers, mapper and schema are built once.
 * A valid case is shown valid by {@link SchemaCheck} (a yes/no check compiled from the same schema) without
 * the full JSON-Schema validator; any case that fails anything is read again by the full path, which reports
 * every problem.
 *
 * <p>How to use: {@code Case c = new CaseReader().read(Path.of("acme.yaml"));} and print
 * {@code e.getMessage()} of a {@link CaseException} to the user as it is.
 */
public final class CaseReader {

    private final DocumentParser parser = new DocumentParser();
    private final Binder binder = new Binder();
    private final KpiRanges ranges;

    /** A reader that checks the case alone, not its KPIs against any plugin's ranges. */
    public CaseReader() {
        this(KpiRanges.NONE);
    }

    /** A reader that also refuses KPI values outside the ranges the installed plugins declare. */
    public CaseReader(KpiRanges ranges) {
        this.ranges = ranges;
    }

    /** The KPI ranges this reader checks. */
    public KpiRanges ranges() {
        return ranges;
    }

    /** The classpath resource of the JSON Schema cases are validated against. */
    public static String schemaResource() {
        return SchemaValidator.RESOURCE;
    }

    /**
     * Reads the case in {@code file}: {@code .yaml}/{@code .yml} as YAML, {@code .json} as JSON, otherwise
     * JSON when the text starts with <code>{</code> and YAML when not.
     */
    public Case read(Path file) throws CaseException {
        String name = file.toString();
        String content = CaseFiles.readText(file);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean json;
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            json = false;
        } else if (lower.endsWith(".json")) {
            json = true;
        } else {
            json = content.stripLeading().startsWith("{");
        }
        return read(content, name, json);
    }

    /** Reads a case from text, e.g. one line of a JSONL batch; {@code sourceName} names it in errors. */
    public Case read(String content, String sourceName, boolean json) throws CaseException {
        CaseFiles.checkSize(sourceName, content.length());
        String text = CaseFiles.withoutBom(content);
        ParsedDocument document;
        try {
            document = parser.parse(text, json, false);
        } catch (ParseFailure fast) {
            // Parsed again with locations, so the failure names its field path as well as its line.
            throw new CaseException(List.of(place(sourceName, locatedFailure(text, json, fast), null)));
        }
        Case valid = validFast(document);
        if (valid != null) {
            return valid;
        }
        List<Problem> problems = new ArrayList<>(SchemaValidator.instance().validate(document.root(), !json));
        Set<String> invalid = new HashSet<>();
        problems.forEach(p -> invalid.add(p.pointer()));
        problems.addAll(SemanticChecks.check(document.root(), invalid));
        if (problems.isEmpty()) {
            try {
                Case bound = binder.bind(document.root());
                problems.addAll(ranges.problems(bound));
                if (problems.isEmpty()) {
                    return bound;
                }
            } catch (ParseFailure f) {
                problems.add(f.problem());
            }
        } else {
            // every error at once: the KPI range problems too, read off the document of a case that does not bind
            // (a rate above 1 hid an impossible KPI until it was fixed)
            problems.addAll(ranges.problems(document.root()));
        }
        LocationIndex locations = located(text, json);
        List<CaseError> errors = new ArrayList<>();
        for (Problem p : problems) {
            errors.add(place(sourceName, p, locations));
        }
        throw new CaseException(errors);
    }

    /**
     * The bound case when the case is valid and {@link SchemaCheck} shows it without the full validator, else
     * null: then the full path above runs from the start (networknt included), so every error is reported
     * exactly as if there were no fast path.
     */
    private Case validFast(ParsedDocument document) {
        if (!SchemaCheck.shared().conforms(document.root())
                || !SemanticChecks.check(document.root(), Set.of()).isEmpty()) {
            return null;
        }
        try {
            Case bound = binder.bind(document.root());
            return ranges.problems(bound).isEmpty() ? bound : null;
        } catch (ParseFailure f) {
            return null;
        }
    }

    private Problem locatedFailure(String text, boolean json, ParseFailure fast) {
        try {
            parser.parse(text, json, true);
            return fast.problem();
        } catch (ParseFailure located) {
            return located.problem();
        }
    }

    private LocationIndex located(String text, boolean json) {
        try {
            return parser.parse(text, json, true).locations();
        } catch (ParseFailure impossible) {
            return null;
        }
    }

    private static CaseError place(String file, Problem p, LocationIndex locations) {
        Integer line = p.line();
        Integer column = p.column();
        if (line == null && locations != null) {
            JsonLocation at = locations.find(p.pointer());
            line = ParseMessages.line(at);
            column = ParseMessages.column(at);
        }
        return new CaseError(file, Pointers.toPath(p.pointer()), line, column, p.message());
    }
}

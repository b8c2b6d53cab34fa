package io.roiassay.plugin;

import java.util.List;
import java.util.Objects;

/**
 * A benefit line a plugin can produce, declared before anything is computed so an auditor can read what
 * a plugin does without running it.
 *
 * @param id      the line id, unique within the plugin, e.g. {@code revenue-growth}
 * @param kind    what kind of money the line is
 * @param title   a short name in both languages
 * @param formula the formula in words, in both languages
 * @param inputs  the names of the KPI inputs (and assumptions) the formula uses
 * @param measures what the line measures; the five-argument constructor derives it from {@code kind}
 *                 ({@link Measures#defaultFor}), so plugins written before it existed still work
 * @param scope    whether the uplift is per user, multiplied out over the users (adoption caps it), or a
 *                 company-level change; null, and the shorter constructors, derive it from {@code measures}
 *                 ({@link Scope#defaultFor}: time saved per user, everything else company-level)
 */
public record BenefitDefinition(String id, BenefitKind kind, Text title, Text formula, List<String> inputs,
                                Measures measures, Scope scope) {

    /** A definition whose {@link Measures} follows from its kind and whose {@link Scope} from that. */
    public BenefitDefinition(String id, BenefitKind kind, Text title, Text formula, List<String> inputs) {
        this(id, kind, title, formula, inputs, kind == null ? null : Measures.defaultFor(kind), null);
    }

    /** A definition whose {@link Scope} follows from what it measures. */
    public BenefitDefinition(String id, BenefitKind kind, Text title, Text formula, List<String> inputs,
                             Measures measures) {
        this(id, kind, title, formula, inputs, measures, null);
    }

    public BenefitDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(formula, "formula");
        inputs = List.copyOf(inputs);
        measures = measures == null ? Measures.defaultFor(kind) : measures;
        scope = scope == null ? Scope.defaultFor(measures) : scope;
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("benefit id must be lower-case words joined by '-': " + id);
        }
    }
}

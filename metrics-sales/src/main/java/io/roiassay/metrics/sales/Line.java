package io.roiassay.metrics.sales;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitKind;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the values a formula used, in formula order, and turns them into a {@link Benefit}. */
final class Line {

    private final String id;
    private final BenefitKind kind;
    private final Map<String, BigDecimal> inputs = new LinkedHashMap<>();

    private Line(String id, BenefitKind kind) {
        this.id = id;
        this.kind = kind;
    }

    static Line of(String id, BenefitKind kind) {
        return new Line(id, kind);
    }

    Line input(String name, BigDecimal value) {
        inputs.put(name, value);
        return this;
    }

    Line input(Kpis.Value value) {
        return input(value.key(), value.value());
    }

    /** Records both ends of a change as {@code <kpi>.before} and {@code <kpi>.after}. */
    Line input(Kpis.Change change) {
        inputs.put(change.kpi() + ".before", change.before());
        inputs.put(change.kpi() + ".after", change.after());
        return this;
    }

    Benefit annual(BigDecimal amount, String currency) {
        return new Benefit(id, kind, amount, currency, inputs);
    }
}

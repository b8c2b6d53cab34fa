package io.roiassay.plugin.support;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitKind;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the values a formula used, in formula order, and turns them into a {@link Benefit}. */
public final class LineBuilder {

    private final String id;
    private final BenefitKind kind;
    private final Map<String, BigDecimal> inputs = new LinkedHashMap<>();

    private LineBuilder(String id, BenefitKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** Starts a line with a declared id and kind. */
    public static LineBuilder of(String id, BenefitKind kind) {
        return new LineBuilder(id, kind);
    }

    /** Records one input value. */
    public LineBuilder input(String name, BigDecimal value) {
        inputs.put(name, value);
        return this;
    }

    /** Records a value read with {@link Kpis}. */
    public LineBuilder input(Kpis.Value value) {
        return input(value.key(), value.value());
    }

    /** Records both ends of a change as {@code <kpi>.before} and {@code <kpi>.after}. */
    public LineBuilder input(Kpis.Change change) {
        inputs.put(change.kpi() + ".before", change.before());
        inputs.put(change.kpi() + ".after", change.after());
        return this;
    }

    /** The benefit line with this yearly amount. */
    public Benefit annual(BigDecimal amount, String currency) {
        return new Benefit(id, kind, amount, currency, inputs);
    }
}

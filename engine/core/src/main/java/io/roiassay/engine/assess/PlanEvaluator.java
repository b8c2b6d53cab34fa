package io.roiassay.engine.assess;

import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies an {@link AdjustmentPlan} in {@code BigDecimal}: the adjusted cost flow, the adjusted flow of every
 * benefit line, and the report's adjustment steps (one per step, factor, assumption and finding, naming the
 * lines it touched), in the order: corrections, hidden costs, benefit factors in chain order, cost risk.
 */
final class PlanEvaluator {

    /** The adjusted flows and the steps that led to them. */
    record Result(List<BigDecimal> costs, Map<String, List<BigDecimal>> benefitsByLine, List<AdjustmentStep> steps) {
    }

    /** The order benefit steps are reported in; the planner builds every chain in this order. */
    static final List<String> BENEFIT_STEPS = List.of("correction", "gross-margin", "productivity", "attribution",
            "realisation", "risk-benefits");

    private PlanEvaluator() {
    }

    static Result apply(AdjustmentPlan plan) {
        return apply(plan, Map.of());
    }

    /**
     * {@link #apply(AdjustmentPlan)}, the correction and cost risk steps naming each cost line by {@code names} (a
     * line's path to its id, for the lines that have one) and the rest by their path.
     */
    static Result apply(AdjustmentPlan plan, Map<String, String> names) {
        int years = plan.years();
        List<AdjustmentStep> steps = new ArrayList<>();
        List<BigDecimal> costs = Schedules.zeros(years);
        for (AdjustmentPlan.CostFlow c : plan.costs()) {
            costs = Schedules.add(costs, c.flow());
        }
        for (String kind : List.of("correction", "hidden")) {
            for (AdjustmentPlan.CostFlow c : plan.costs()) {
                if (kind.equals(c.kind())) {
                    String target = "correction".equals(kind) ? names.getOrDefault(c.target(), c.target()) : c.target();
                    steps.add(new AdjustmentStep("correction".equals(kind) ? "correction" : "hidden-cost", target,
                            c.description(), c.factor(), Schedules.sum(c.flow()), BigDecimal.ZERO, c.finding(),
                            c.assumption(), c.rule()));
                }
            }
        }

        Map<String, List<BigDecimal>> byLine = new LinkedHashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (AdjustmentPlan.Line l : plan.benefits()) {
            List<BigDecimal> flow = l.entered();
            for (AdjustmentPlan.Factor f : l.factors()) {
                List<BigDecimal> after = new ArrayList<>(flow.size());
                for (int t = 0; t < flow.size(); t++) {
                    after.add(flow.get(t).multiply(f.at(t), Money.MATH));
                }
                BigDecimal delta = Schedules.sum(after).subtract(Schedules.sum(flow));
                flow = List.copyOf(after);
                if (f.embedded()) {
                    continue;
                }
                String label = label(f, years);
                // the description too: a per-user curve without a known cap and a company-level ramp share a label
                // and an assumption, but not what they say about adoption
                String id = f.step() + "|" + label + "|" + f.assumption() + "|" + f.finding() + "|"
                        + (f.description() == null ? "" : f.description().in("en"));
                Group g = groups.computeIfAbsent(id, k -> new Group(f, label));
                if (delta.signum() != 0) {
                    g.targets.add(l.id());
                    g.delta = g.delta.add(delta);
                }
            }
            byLine.put(l.key(), flow);
        }
        for (String step : BENEFIT_STEPS) {
            for (Group g : groups.values()) {
                if (g.factor.step().equals(step) && !g.targets.isEmpty()) {
                    steps.add(new AdjustmentStep(step, String.join(", ", g.targets), g.factor.description(), g.label,
                            BigDecimal.ZERO, g.delta, g.factor.finding(), g.factor.assumption(), g.factor.rule()));
                }
            }
        }

        // cost risk per flow, one step per factor (its lines named), in the order the flows come
        Map<String, Group> risks = new LinkedHashMap<>();
        List<BigDecimal> risked = Schedules.zeros(years);
        for (AdjustmentPlan.CostFlow c : plan.costs()) {
            AdjustmentPlan.Factor r = c.risk();
            if (r == null) {
                risked = Schedules.add(risked, c.flow());
                continue;
            }
            List<BigDecimal> after = Schedules.scale(c.flow(), r.at(0));
            risked = Schedules.add(risked, after);
            BigDecimal delta = Schedules.sum(after).subtract(Schedules.sum(c.flow()));
            String label = label(r, years);
            Group g = risks.computeIfAbsent(r.assumption() + "|" + label + "|" + r.finding() + "|" + r.rule(),
                    k -> new Group(r, label));
            if (delta.signum() != 0) {
                String name = names.getOrDefault(c.target(), c.target());
                if (!g.targets.contains(name)) {
                    g.targets.add(name);
                }
                g.delta = g.delta.add(delta);
            }
        }
        for (Group g : risks.values()) {
            if (!g.targets.isEmpty()) {
                steps.add(new AdjustmentStep("risk-costs", String.join(", ", g.targets), g.factor.description(), g.label,
                        g.delta, BigDecimal.ZERO, g.factor.finding(), g.factor.assumption(), g.factor.rule()));
            }
        }
        costs = risked;
        return new Result(costs, byLine, List.copyOf(steps));
    }

    /**
     * The factor as the report shows it: the value, or the curve {@code 0.50/0.85/1.00} (capped: {@code min(…, cap)}).
     * The curve's shares and the adoption cap read alike, with two decimals at least and no trailing zeros beyond
     * them: 60 of 100 users active is {@code 0.60}, not the {@code 0.6000} the rate is computed at; 38 of 60 stays
     * {@code 0.6333}.
     */
    static String label(AdjustmentPlan.Factor f, int years) {
        if (f.ramp() == null) {
            return f.value() == null ? "1" : "realisation".equals(f.step()) ? share(f.value()) : f.value().toPlainString();
        }
        // two decimals at least: a year the profile leaves at 1 reads 1.00 beside 0.50 and 0.85, not 1
        String curve = f.ramp().subList(1, years + 1).stream().map(PlanEvaluator::share).collect(Collectors.joining("/"));
        return f.value() == null ? curve : "min(" + curve + ", " + share(f.value()) + ")";
    }

    /** A share as a curve shows it: two decimals at least, no trailing zeros beyond them. */
    private static String share(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    private static final class Group {
        final AdjustmentPlan.Factor factor;
        final String label;
        final List<String> targets = new ArrayList<>();
        BigDecimal delta = BigDecimal.ZERO;

        Group(AdjustmentPlan.Factor factor, String label) {
            this.factor = factor;
            this.label = label;
        }
    }
}

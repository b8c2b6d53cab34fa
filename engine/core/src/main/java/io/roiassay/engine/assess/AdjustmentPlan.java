package io.roiassay.engine.assess;

import io.roiassay.engine.facts.RuleRef;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What turns a case's entered figures into its adjusted ones, decided once per case by the rules and then
 * only evaluated: per benefit line its entered amounts and an ordered chain of factors, each tagged with the
 * driver (assumption) it comes from; the cost flows (entered, corrections, hidden-cost estimates), each with
 * its own cost risk factor; and the discount rate. {@link PlanEvaluator} applies it in {@code BigDecimal} for the
 * report; {@link #npv(Map)} and the flow methods evaluate it in doubles with drivers changed, for
 * break-even values, tornado swings and Monte Carlo draws, without running the rules again.
 *
 * <p>Drivers (the keys of the map given to the double-valued methods; absent keys keep the plan's value):
 * {@code benefitScale}, {@code costScale}, {@code hiddenCostScale} (multipliers, 1 in the plan),
 * {@code discountRate}, and every factor's {@link Factor#driver()}: {@code crmShare},
 * {@code grossMarginRate}, {@code adoptionRate} (the cap of the realisation curve), {@code productivityFactor.sales},
 * {@code risk.<evidence class>}, and a cost flow's {@code risk.costs} (contracted fees) or
 * {@code risk.costs.estimated} (estimated costs). Immutable.
 *
 * @param years        years after the initial period; every flow has {@code years + 1} entries
 * @param discountRate the annual discount rate
 * @param benefits     the benefit lines in report order
 * @param costs        entered cost lines, correction flows and hidden-cost estimates, each with its risk factor
 * @param choices      the double counts corrected by keeping the smaller side: which side is dropped depends on the
 *                     entered totals, so a changed driver (a gross margin inside a plugin's amount) can switch it
 */
public record AdjustmentPlan(int years, BigDecimal discountRate, List<Line> benefits, List<CostFlow> costs,
                             List<Choice> choices) {

    public AdjustmentPlan {
        benefits = List.copyOf(benefits);
        costs = List.copyOf(costs);
        choices = List.copyOf(choices);
        Objects.requireNonNull(discountRate, "discountRate");
    }

    /** A plan with no keep-the-smaller choice. */
    public AdjustmentPlan(int years, BigDecimal discountRate, List<Line> benefits, List<CostFlow> costs) {
        this(years, discountRate, benefits, costs, List.of());
    }

    /**
     * A double count corrected by keeping the side with the smaller entered total (the other side's lines get a
     * {@code correction} factor of 0 naming {@code finding}; on a tie the first side is dropped).
     *
     * @param finding the finding's code
     * @param first   the keys of the first side's lines
     * @param second  the keys of the second side's lines
     */
    public record Choice(String finding, List<String> first, List<String> second) {
        public Choice {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }

        /** 0 when the line is on the first side, 1 on the second, -1 on neither. */
        public int sideOf(String key) {
            return first.contains(key) ? 0 : second.contains(key) ? 1 : -1;
        }
    }

    /**
     * One benefit line: its entered amount per period and the factors applied to it, in order.
     *
     * @param key     the line's key ({@code <source label>#<id>})
     * @param id      the line's id as the report shows it
     * @param entered amount per period as entered (unrounded)
     * @param factors the chain, applied left to right
     */
    public record Line(String key, String id, List<BigDecimal> entered, List<Factor> factors) {
        public Line {
            entered = List.copyOf(entered);
            factors = List.copyOf(factors);
        }
    }

    /**
     * One factor on a benefit line (or on the costs).
     *
     * @param step        {@code correction}, {@code gross-margin}, {@code productivity}, {@code attribution},
     *                    {@code realisation}, {@code risk-benefits} or {@code risk-costs}
     * @param driver      the driver name that can vary it ({@code crmShare}, …), or null for a fixed factor
     *                    (a correction that drops a line)
     * @param value       the factor; for {@code realisation} the adoption cap (null: no cap)
     * @param ramp        for {@code realisation} with a ramp: the share per period 0..years, else null
     * @param embedded    the factor is already inside the entered amount (a plugin's gross margin): it is
     *                    not applied again, but a changed driver scales the line by new ÷ {@code value}
     * @param assumption  the profile or case key the value came from
     * @param finding     the finding this factor corrects or carries out, or null
     * @param rule        the rule that asked for it
     * @param description what the factor does, in both languages
     */
    public record Factor(String step, String driver, BigDecimal value, List<BigDecimal> ramp, boolean embedded,
                         String assumption, String finding, RuleRef rule, Text description) {
        public Factor {
            ramp = ramp == null ? null : List.copyOf(ramp);
        }

        /** The factor in period {@code t} as planned: for a curve min(ramp(t), cap). */
        public BigDecimal at(int t) {
            if (embedded) {
                return BigDecimal.ONE;
            }
            if (ramp == null) {
                return value == null ? BigDecimal.ONE : value;
            }
            BigDecimal r = ramp.get(t);
            return value == null ? r : r.min(value);
        }

        /** The factor in period {@code t} with the drivers given (absent drivers keep the planned value). */
        public double at(int t, Map<String, Double> drivers) {
            Double d = driver == null ? null : drivers.get(driver);
            if (embedded) {
                return d == null || value.signum() == 0 ? 1.0 : d / value.doubleValue();
            }
            double v = d != null ? d : value == null ? Double.NaN : value.doubleValue();
            if (ramp == null) {
                return Double.isNaN(v) ? 1.0 : v;
            }
            double r = ramp.get(t).doubleValue();
            return Double.isNaN(v) ? r : Math.min(r, v);
        }
    }

    /**
     * One cost flow.
     *
     * @param kind        {@code entered}, {@code correction} (varies with {@code costScale}) or {@code hidden}
     *                    (varies with {@code hiddenCostScale})
     * @param target      the cost line's path, or the estimated category
     * @param flow        amount per period (unrounded)
     * @param finding     for a correction or estimate: the finding behind it
     * @param assumption  the key the amount came from, or null for an entered line
     * @param rule        the rule that asked for it, or null for an entered line
     * @param description what the flow is, in both languages (null for an entered line)
     * @param factor      the factor as the report shows it (ratio, or the periods added), or null
     * @param risk        the cost risk factor on this flow ({@code risk-costs}: 1 + the line's risk adjustment), or
     *                    null when none applies
     */
    public record CostFlow(String kind, String target, List<BigDecimal> flow, String finding, String assumption,
                           RuleRef rule, Text description, String factor, Factor risk) {
        public CostFlow {
            flow = List.copyOf(flow);
        }

        /** A flow with no risk factor (yet). */
        public CostFlow(String kind, String target, List<BigDecimal> flow, String finding, String assumption,
                        RuleRef rule, Text description, String factor) {
            this(kind, target, flow, finding, assumption, rule, description, factor, null);
        }

        /** The same flow with {@code risk} as its cost risk factor. */
        public CostFlow withRisk(Factor risk) {
            return new CostFlow(kind, target, flow, finding, assumption, rule, description, factor, risk);
        }
    }

    /** Benefits per period with the drivers given, in doubles (for statistics, never for reported amounts). */
    public double[] benefitFlows(Map<String, Double> drivers) {
        double scale = drivers.getOrDefault("benefitScale", 1.0);
        double[] out = new double[years + 1];
        for (Line l : benefits) {
            for (int t = 0; t <= years; t++) {
                double v = l.entered().get(t).doubleValue();
                if (v == 0) {
                    continue;
                }
                for (Factor f : l.factors()) {
                    v *= f.at(t, drivers);
                }
                out[t] += v * scale;
            }
        }
        return out;
    }

    /** Costs per period with the drivers given, in doubles. */
    public double[] costFlows(Map<String, Double> drivers) {
        double costScale = drivers.getOrDefault("costScale", 1.0);
        double hiddenScale = drivers.getOrDefault("hiddenCostScale", 1.0);
        double[] out = new double[years + 1];
        for (CostFlow c : costs) {
            double s = "hidden".equals(c.kind()) ? hiddenScale : costScale;
            for (int t = 0; t <= years; t++) {
                out[t] += c.flow().get(t).doubleValue() * s * (c.risk() == null ? 1 : c.risk().at(t, drivers));
            }
        }
        return out;
    }

    /** Net present value with the drivers given: Σ (benefits − costs) ÷ (1 + rate)^t, in doubles. */
    public double npv(Map<String, Double> drivers) {
        double rate = drivers.getOrDefault("discountRate", discountRate.doubleValue());
        double[] b = benefitFlows(drivers);
        double[] c = costFlows(drivers);
        double npv = 0;
        double df = 1;
        for (int t = 0; t <= years; t++) {
            npv += (b[t] - c[t]) / df;
            df *= 1 + rate;
        }
        return npv;
    }
}

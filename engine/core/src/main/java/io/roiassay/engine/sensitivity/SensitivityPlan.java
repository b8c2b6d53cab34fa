package io.roiassay.engine.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The adjusted arithmetic of one case, compiled to doubles: benefit flows grouped by which driver factors apply
 * to them, the entered (and corrected) cost flows and the hidden-cost estimate flows (each with its cost risk
 * factor already applied), and the base value of every driver. {@link #evaluate} re-computes NPV, PV(costs) and PV(benefits) for any driver
 * vector without allocating; at the base values it reproduces the {@code BigDecimal} adjusted figures.
 *
 * <p>Benefits in period t: Σ over groups of flow[t] × benefitScale × (crmShare if attributed) × (margin factor)
 * × (adoption factor). The margin factor is the margin itself for stated revenue (revenue turned into gross
 * profit) and margin ÷ base margin for plugin lines that already applied the base margin. The adoption factor
 * is adoptionRate for a line adoption scales, or min(curve[t], adoptionRate) for a line whose realisation
 * curve adoption caps. Costs in period t: costScale × entered[t] + hiddenCostScale × hidden[t], where entered
 * includes the corrections and both are after cost risk. Period 0 is not discounted; period t is divided by
 * (1 + discountRate)^t.
 *
 * <p>A double count corrected by keeping the smaller side is a <em>choice</em>: its two sides' groups are kept
 * apart, and at each evaluation the side whose entered total is larger is dropped (the first on a tie), as the
 * adjustment does. A side's entered total is a fixed part plus the part inside plugin amounts that embed the base
 * margin, which moves with margin ÷ base margin — so a changed margin can switch the side kept, as a re-run of the
 * case with that margin would.
 */
public final class SensitivityPlan {

    /** The margin factor a benefit group carries. */
    public enum Margin {
        /** Not touched by the margin. */
        NONE,
        /** Stated revenue: multiplied by the margin. */
        TIMES_MARGIN,
        /** A plugin line already in gross-profit terms at the base margin: multiplied by margin ÷ base margin. */
        RELATIVE
    }

    private final double[][] groupFlows;
    private final boolean[] attributed;
    private final Margin[] margin;
    private final boolean[] adopted;
    private final double[][] curves;
    private final double[] enteredCosts;
    private final double[] hiddenCosts;
    private final double[] base;
    private final boolean[] applies;
    /** Per group: its choice, or -1; and its side (0 or 1). */
    private final int[] choice;
    private final int[] side;
    /** Per choice: entered totals of side 0 and 1, fixed and margin-relative parts, and the side dropped at the base. */
    private final double[][] sideTotals;

    private SensitivityPlan(Builder b) {
        int n = b.flows.size();
        groupFlows = b.flows.toArray(new double[0][]);
        attributed = new boolean[n];
        margin = new Margin[n];
        adopted = new boolean[n];
        curves = new double[n][];
        for (int i = 0; i < n; i++) {
            attributed[i] = b.attributedList.get(i);
            margin[i] = b.marginList.get(i);
            adopted[i] = b.adoptedList.get(i);
            curves[i] = b.curveList.get(i);
        }
        choice = new int[n];
        side = new int[n];
        for (int i = 0; i < n; i++) {
            choice[i] = b.choiceList.get(i)[0];
            side[i] = b.choiceList.get(i)[1];
        }
        sideTotals = b.choices.toArray(new double[0][]);
        enteredCosts = b.enteredCosts.clone();
        hiddenCosts = b.hiddenCosts.clone();
        base = b.base.clone();
        applies = new boolean[Driver.COUNT];
        for (int i = 0; i < n; i++) {
            boolean any = nonZero(groupFlows[i]);
            applies[Driver.CRM_SHARE.ordinal()] |= any && attributed[i];
            applies[Driver.GROSS_MARGIN_RATE.ordinal()] |= any && margin[i] != Margin.NONE;
            applies[Driver.ADOPTION_RATE.ordinal()] |= any && (adopted[i] || curves[i] != null);
            applies[Driver.BENEFIT_SCALE.ordinal()] |= any;
        }
        applies[Driver.COST_SCALE.ordinal()] = nonZero(enteredCosts);
        applies[Driver.HIDDEN_COST_SCALE.ordinal()] = nonZero(hiddenCosts);
        // The rate moves NPV only when something happens after the initial period.
        boolean later = false;
        for (int i = 0; i < n; i++) {
            later |= nonZero(groupFlows[i], 1);
        }
        applies[Driver.DISCOUNT_RATE.ordinal()] = later || nonZero(enteredCosts, 1) || nonZero(hiddenCosts, 1);
    }

    /** Starts a plan over {@code periods} periods (initial + years). */
    public static Builder builder(int periods) {
        return new Builder(periods);
    }

    /** The base value of every driver, indexed by {@link Driver#ordinal()} (a copy). */
    public double[] base() {
        return base.clone();
    }

    /** The base value of one driver. */
    public double base(Driver d) {
        return base[d.ordinal()];
    }

    /** Whether moving the driver can change the result (a driver that does not apply has no effect). */
    public boolean applies(Driver d) {
        return applies[d.ordinal()];
    }

    /**
     * Evaluates the plan at {@code drivers} (indexed by {@link Driver#ordinal()}) and writes NPV to
     * {@code out[0]}, PV(costs) to {@code out[1]} and PV(benefits) to {@code out[2]}. Allocation-free.
     */
    public void evaluate(double[] drivers, double[] out) {
        double v = 1.0 / (1.0 + drivers[Driver.DISCOUNT_RATE.ordinal()]);
        double share = drivers[Driver.CRM_SHARE.ordinal()];
        double m = drivers[Driver.GROSS_MARGIN_RATE.ordinal()];
        double baseMargin = base[Driver.GROSS_MARGIN_RATE.ordinal()];
        double adoption = drivers[Driver.ADOPTION_RATE.ordinal()];
        double relative = baseMargin == 0 ? 1 : m / baseMargin;
        double pvBenefits = 0;
        for (int g = 0; g < groupFlows.length; g++) {
            if (choice[g] >= 0 && dropped(choice[g], relative) == side[g]) {
                continue;
            }
            double k = 1;
            if (attributed[g]) {
                k *= share;
            }
            if (margin[g] == Margin.TIMES_MARGIN) {
                k *= m;
            } else if (margin[g] == Margin.RELATIVE) {
                k *= m / baseMargin;
            }
            if (adopted[g]) {
                k *= adoption;
            }
            double pv = curves[g] == null ? presentValue(groupFlows[g], v) : cappedPresentValue(groupFlows[g], curves[g],
                    adoption, v);
            pvBenefits += k * pv;
        }
        pvBenefits *= drivers[Driver.BENEFIT_SCALE.ordinal()];
        double pvCosts = drivers[Driver.COST_SCALE.ordinal()] * presentValue(enteredCosts, v)
                + drivers[Driver.HIDDEN_COST_SCALE.ordinal()] * presentValue(hiddenCosts, v);
        out[0] = pvBenefits - pvCosts;
        out[1] = pvCosts;
        out[2] = pvBenefits;
    }

    /**
     * The side a choice drops at margin ÷ base margin {@code relative}: the larger entered total, the first on a tie;
     * at the base margin the side the adjustment dropped (decided in exact decimals).
     */
    private int dropped(int c, double relative) {
        double[] t = sideTotals[c];
        if (relative == 1) {
            return (int) t[4];
        }
        double first = t[0] + t[1] * relative;
        double second = t[2] + t[3] * relative;
        return first >= second ? 0 : 1;
    }

    /** ROI in percent (NPV ÷ PV(costs) × 100) from a result of {@link #evaluate}; NaN when PV(costs) is 0. */
    public static double roiPercent(double[] out) {
        return out[1] == 0 ? Double.NaN : out[0] / out[1] * 100;
    }

    /** The ROI in percent with every driver at its base value; NaN when PV(costs) is 0. */
    public double baseRoiPercent() {
        double[] out = new double[3];
        evaluate(base, out);
        return roiPercent(out);
    }

    /** Whether NPV is a straight line in the driver (so its break-even has a closed form). */
    public boolean linearIn(Driver d) {
        if (d == Driver.GROSS_MARGIN_RATE) {
            for (double[] t : sideTotals) {
                if (t[1] != 0 || t[3] != 0) {
                    return false; // the side kept can switch: NPV jumps there
                }
            }
        }
        if (d == Driver.ADOPTION_RATE) {
            for (double[] c : curves) {
                if (c != null) {
                    return false;
                }
            }
        }
        return d != Driver.DISCOUNT_RATE;
    }

    /** Σ flow[t] × min(curve[t], cap) × v^t. */
    private static double cappedPresentValue(double[] flow, double[] curve, double cap, double v) {
        double total = 0;
        for (int t = flow.length - 1; t >= 0; t--) {
            total = flow[t] * Math.min(curve[t], cap) + total * v;
        }
        return total;
    }

    private static double presentValue(double[] flow, double v) {
        double total = 0;
        for (int t = flow.length - 1; t >= 0; t--) {
            total = flow[t] + total * v;
        }
        return total;
    }

    private static boolean nonZero(double[] flow) {
        return nonZero(flow, 0);
    }

    private static boolean nonZero(double[] flow, int from) {
        for (int t = from; t < flow.length; t++) {
            if (flow[t] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Collects the groups, costs and base values of a plan. */
    public static final class Builder {
        private final int periods;
        private final List<double[]> flows = new ArrayList<>();
        private final List<Boolean> attributedList = new ArrayList<>();
        private final List<Margin> marginList = new ArrayList<>();
        private final List<Boolean> adoptedList = new ArrayList<>();
        private final List<double[]> curveList = new ArrayList<>();
        private final List<int[]> choiceList = new ArrayList<>();
        private final List<double[]> choices = new ArrayList<>();
        private double[] enteredCosts;
        private double[] hiddenCosts;
        private final double[] base = new double[Driver.COUNT];

        private Builder(int periods) {
            this.periods = periods;
            this.enteredCosts = new double[periods];
            this.hiddenCosts = new double[periods];
            base[Driver.CRM_SHARE.ordinal()] = 1;
            base[Driver.GROSS_MARGIN_RATE.ordinal()] = 1;
            base[Driver.ADOPTION_RATE.ordinal()] = 1;
            base[Driver.BENEFIT_SCALE.ordinal()] = 1;
            base[Driver.COST_SCALE.ordinal()] = 1;
            base[Driver.HIDDEN_COST_SCALE.ordinal()] = 1;
        }

        /**
         * Adds a benefit flow (before the driver factors) with the driver factors that apply to it; flows with
         * the same factors are summed into one group.
         */
        public Builder benefit(double[] flow, boolean attributed, Margin margin, boolean adopted) {
            return benefit(flow, attributed, margin, adopted, null);
        }

        /**
         * Adds a benefit flow whose realisation curve (share per period) adoption caps: the flow is taken before
         * the curve, and period t counts min(curve[t], adoptionRate). {@code curve} null: no such curve.
         */
        public Builder benefit(double[] flow, boolean attributed, Margin margin, boolean adopted, double[] curve) {
            return benefit(flow, attributed, margin, adopted, curve, -1, 0);
        }

        /**
         * Adds a keep-the-smaller choice between two sides, by their entered totals: the fixed part and the part
         * that embeds the base margin (it moves with margin ÷ base margin), and the side the adjustment dropped at
         * the base values (0 or 1). Returns the choice's index for
         * {@link #benefit(double[], boolean, Margin, boolean, double[], int, int)}.
         */
        public int choice(double firstFixed, double firstRelative, double secondFixed, double secondRelative, int droppedAtBase) {
            choices.add(new double[] {firstFixed, firstRelative, secondFixed, secondRelative, droppedAtBase});
            return choices.size() - 1;
        }

        /**
         * Adds a benefit flow on one side ({@code side} 0 or 1) of a choice ({@code choice} from {@link #choice}, or
         * -1 for none); it counts only while its side is kept.
         */
        public Builder benefit(double[] flow, boolean attributed, Margin margin, boolean adopted, double[] curve,
                               int choice, int side) {
            check(flow);
            if (curve != null) {
                check(curve);
            }
            for (int g = 0; g < flows.size(); g++) {
                if (attributedList.get(g) == attributed && marginList.get(g) == margin && adoptedList.get(g) == adopted
                        && Arrays.equals(curveList.get(g), curve) && choiceList.get(g)[0] == choice
                        && choiceList.get(g)[1] == side) {
                    double[] sum = flows.get(g);
                    for (int t = 0; t < periods; t++) {
                        sum[t] += flow[t];
                    }
                    return this;
                }
            }
            flows.add(flow.clone());
            attributedList.add(attributed);
            marginList.add(margin);
            adoptedList.add(adopted);
            curveList.add(curve == null ? null : curve.clone());
            choiceList.add(new int[] {choice, side});
            return this;
        }

        /** The entered cost flow, corrections included, after each line's cost risk. */
        public Builder enteredCosts(double[] flow) {
            check(flow);
            enteredCosts = flow.clone();
            return this;
        }

        /** The hidden-cost estimates, after their cost risk. */
        public Builder hiddenCosts(double[] flow) {
            check(flow);
            hiddenCosts = flow.clone();
            return this;
        }

        /** The base (point) value of a driver. */
        public Builder base(Driver d, double value) {
            base[d.ordinal()] = value;
            return this;
        }

        /** The compiled plan. */
        public SensitivityPlan build() {
            return new SensitivityPlan(this);
        }

        private void check(double[] flow) {
            if (flow.length != periods) {
                throw new IllegalArgumentException("a flow has " + flow.length + " periods, the plan " + periods
                        + ": " + Arrays.toString(flow));
            }
        }
    }
}

package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.report.Numbers;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the corrections findings ask for (see {@link Finding#correct}): extra cost flows for a
 * recurring cost that stops early or was entered once, and factor 0 for the benefit lines a double count
 * drops. Which correction applies is the rule's decision; this class only computes it.
 */
final class Corrections {

    private Corrections() {
    }

    /**
     * Period mismatch: each recurring cost line named continues, at its last yearly amount, to the last
     * period with a benefit. The step names the line by its id when it has one ({@code names}: path to id) and
     * shows the amount as the report shows money ({@code 180,000.00 × 2} in a USD case).
     */
    static List<AdjustmentPlan.CostFlow> extend(Finding f, List<List<BigDecimal>> costFlows, int lastBenefit, int years,
                                                Map<String, String> names, String currency) {
        List<AdjustmentPlan.CostFlow> out = new ArrayList<>();
        for (String path : f.getCorrectionTargets()) {
            List<BigDecimal> flow = costFlows.get(index(path));
            int last = lastNonZero(flow);
            if (last < 0 || last >= lastBenefit) {
                continue;
            }
            String name = names.getOrDefault(path, path);
            List<BigDecimal> added = new ArrayList<>(Schedules.zeros(years));
            for (int t = last + 1; t <= Math.min(lastBenefit, years); t++) {
                added.set(t, flow.get(last));
            }
            out.add(new AdjustmentPlan.CostFlow("correction", path, added, f.getCode(), path + ".endYear", f.getRule(),
                    Text.of(name + " continued to period " + lastBenefit + ", as long as the benefits it pays for",
                            name + " 延续到第 " + lastBenefit + " 期，与其支撑的收益期间一致"),
                    amount(flow.get(last), currency) + " × " + (Math.min(lastBenefit, years) - last)));
        }
        return out;
    }

    /**
     * Recurring cost entered once: the amount is paid once per year of the horizon, so it is repeated in the
     * {@code years − 1} periods after the one it was entered in (N payments for N years). Named and shown as in
     * {@link #extend}.
     */
    static List<AdjustmentPlan.CostFlow> repeat(Finding f, List<List<BigDecimal>> costFlows, int years,
                                                Map<String, String> names, String currency) {
        List<AdjustmentPlan.CostFlow> out = new ArrayList<>();
        for (String path : f.getCorrectionTargets()) {
            List<BigDecimal> flow = costFlows.get(index(path));
            int at = lastNonZero(flow);
            if (at < 0) {
                continue;
            }
            List<BigDecimal> added = new ArrayList<>(Schedules.zeros(years));
            int times = 0;
            for (int t = at + 1; t <= Math.min(at + years - 1, years); t++) {
                added.set(t, flow.get(at));
                times++;
            }
            if (times == 0) {
                continue;
            }
            out.add(new AdjustmentPlan.CostFlow("correction", path, added, f.getCode(), path + ".recurrence", f.getRule(),
                    Text.of(names.getOrDefault(path, path) + " repeated for each year of the horizon (it is paid every year)",
                            names.getOrDefault(path, path) + " 按评估期内每年重复计入（该费用每年都要支付）"),
                    amount(flow.get(at), currency) + " × " + times));
        }
        return out;
    }

    /**
     * Double count: the targets are two groups of benefit keys separated by {@code "|"}; the group with the
     * larger total as profit is dropped (factor 0), so the smaller, more conservative figure is kept. On a tie
     * the first group is dropped. A line the rules turn from revenue into profit counts at its entered total
     * times the margin ({@code toProfit}, by line key): 8 M of revenue at a 24 % margin is 1.92 M, smaller
     * than a plugin's 3.36 M of profit, so the stated line is the one kept.
     */
    static Map<String, AdjustmentPlan.Factor> keepSmaller(Finding f, List<BenefitLine> lines,
                                                          Map<String, BigDecimal> toProfit) {
        AdjustmentPlan.Choice sides = sides(f);
        List<String> first = sides.first();
        List<String> second = sides.second();
        BigDecimal a = total(first, lines, toProfit);
        BigDecimal b = total(second, lines, toProfit);
        List<String> dropped = a.compareTo(b) >= 0 ? first : second;
        List<String> kept = dropped == first ? second : first;
        Text why = Text.of("double count: dropped, the smaller figure as profit (" + ids(kept, lines, ", ") + ") is kept",
                "重复计算：删除此项，保留按利润计金额较小的一项（" + ids(kept, lines, "、") + "）");
        return zero(dropped, f, why);
    }

    /** The two sides of a keep-the-smaller correction: its targets before and after {@code "|"}. */
    static AdjustmentPlan.Choice sides(Finding f) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<String> into = first;
        for (String t : f.getCorrectionTargets()) {
            if ("|".equals(t)) {
                into = second;
            } else {
                into.add(t);
            }
        }
        return new AdjustmentPlan.Choice(f.getCode(), first, second);
    }

    /** Lines a finding says must not count at all. */
    static Map<String, AdjustmentPlan.Factor> drop(Finding f, List<BenefitLine> lines) {
        return zero(f.getCorrectionTargets(), f, Text.of("counted elsewhere: dropped (" + f.getCode() + ")",
                "已在其他项中计入：删除（" + f.getCode() + "）"));
    }

    private static Map<String, AdjustmentPlan.Factor> zero(List<String> keys, Finding f, Text why) {
        Map<String, AdjustmentPlan.Factor> out = new LinkedHashMap<>();
        for (String k : keys) {
            out.put(k, new AdjustmentPlan.Factor("correction", null, BigDecimal.ZERO, null, false, null, f.getCode(),
                    f.getRule(), why));
        }
        return out;
    }

    private static BigDecimal total(List<String> keys, List<BenefitLine> lines, Map<String, BigDecimal> toProfit) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BenefitLine l : lines) {
            if (keys.contains(l.key())) {
                BigDecimal entered = Schedules.sum(l.entered());
                BigDecimal margin = toProfit.get(l.key());
                sum = sum.add(margin == null ? entered : entered.multiply(margin));
            }
        }
        return sum;
    }

    /** The ids of the lines with these keys, in line order, separated as the language lists them (", " or 、). */
    private static String ids(List<String> keys, List<BenefitLine> lines, String separator) {
        List<String> ids = new ArrayList<>();
        for (BenefitLine l : lines) {
            if (keys.contains(l.key())) {
                ids.add(l.id());
            }
        }
        return String.join(separator, ids);
    }

    /** A yearly amount as the report shows money: the currency's scale and thousands separators. */
    private static String amount(BigDecimal v, String currency) {
        return Numbers.amount(Money.round(v, currency));
    }

    private static int index(String path) {
        if (!path.matches("costs\\[\\d+]")) {
            throw new IllegalStateException("a cost correction names '" + path + "', not a cost line (costs[i])");
        }
        return Integer.parseInt(path.substring(6, path.length() - 1));
    }

    private static int lastNonZero(List<BigDecimal> flow) {
        for (int t = flow.size() - 1; t >= 0; t--) {
            if (flow.get(t).signum() != 0) {
                return t;
            }
        }
        return -1;
    }
}

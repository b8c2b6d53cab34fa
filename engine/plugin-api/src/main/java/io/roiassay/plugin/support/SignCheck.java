package io.roiassay.plugin.support;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.Better;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.PluginDescriptor;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sign of a plugin's lines against the way their KPIs moved. A line is checked when every KPI input its definition
 * names declares which way is better ({@link KpiInput#higherIsBetter()}, {@link KpiInput#lowerIsBetter()}) and has a
 * before and an after value; the assumptions it names do not count. A line whose inputs all improved (at least one
 * strictly) must not be negative, and one whose inputs all got worse must not be positive: "negative cost savings
 * from improved KPIs" is a wrong sign, not a loss. Lines with mixed moves, or inputs without a direction, are not
 * checked (a real trade-off can go either way).
 */
public final class SignCheck {

    private SignCheck() {
    }

    /** The first line whose sign contradicts its inputs' moves, described; null when there is none. */
    public static String problem(PluginDescriptor d, MetricContext context, List<Benefit> lines) {
        Map<String, KpiInput> inputs = new HashMap<>();
        d.inputs().forEach(i -> inputs.put(i.name(), i));
        for (Benefit line : lines) {
            BenefitDefinition def = d.benefit(line.id()).orElse(null);
            if (def == null || line.annual().signum() == 0) {
                continue;
            }
            int better = 0;
            int worse = 0;
            boolean checkable = false;
            StringBuilder moves = new StringBuilder();
            for (String name : def.inputs()) {
                KpiInput in = inputs.get(name);
                if (in == null) {
                    continue; // an assumption, not a KPI
                }
                BigDecimal before = context.before(name).orElse(null);
                BigDecimal after = context.after(name).orElse(null);
                if (in.better() == null || before == null || after == null) {
                    checkable = false;
                    break;
                }
                checkable = true;
                int move = after.compareTo(before) * (in.better() == Better.HIGHER ? 1 : -1);
                better += move > 0 ? 1 : 0;
                worse += move < 0 ? 1 : 0;
                moves.append(moves.isEmpty() ? "" : ", ").append(name).append(' ').append(before.toPlainString()).append(" → ")
                        .append(after.toPlainString()).append(in.better() == Better.HIGHER
                                ? " (higher is better)" : " (lower is better)");
            }
            if (!checkable) {
                continue;
            }
            if (worse == 0 && better > 0 && line.annual().signum() < 0) {
                return "line " + line.id() + " is " + line.annual().toPlainString() + " although every input it uses "
                        + "improved (" + moves + "): a wrong sign, not a loss";
            }
            if (better == 0 && worse > 0 && line.annual().signum() > 0) {
                return "line " + line.id() + " is " + line.annual().toPlainString() + " although every input it uses "
                        + "got worse (" + moves + "): a wrong sign, not a gain";
            }
        }
        return null;
    }
}

package io.roiassay.engine.assess;

import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.model.BenefitBasis;
import io.roiassay.engine.model.BenefitItem;
import io.roiassay.engine.model.KpiSet;
import io.roiassay.engine.model.Recurrence;
import io.roiassay.engine.plugins.PluginOutput;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.Measures;
import io.roiassay.plugin.Scope;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stated benefits and plugin results into {@link BenefitLine}s with their entered cash flows. */
final class BenefitLines {

    private static final Text AS_ENTERED = Text.of("amount as entered in the case", "按案例录入的金额");
    private static final Text HOURS = Text.of("hours saved per year × loaded hourly cost",
            "每年节省工时 × 综合人工时薪（含福利和管理费用）");

    private BenefitLines() {
    }

    /**
     * Lines for the case's stated benefits, in case order. Hours are valued at the loaded hourly cost. Time
     * saved is counted per user (hours of the users who use the CRM); other stated lines are company-level.
     */
    static List<BenefitLine> stated(List<BenefitItem> items, int years, BigDecimal hourlyCost) {
        List<BenefitLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BenefitItem b = items.get(i);
            String path = "benefits[" + i + "]";
            String id = b.id() != null ? b.id() : path;
            boolean hours = b.basis() == BenefitBasis.TIME_SAVED && b.hours() != null
                    && b.amount() == null && b.schedule() == null;
            List<BigDecimal> flow;
            Map<String, Object> inputs = new LinkedHashMap<>();
            BigDecimal annual = null;
            String recurrence;
            if (hours) {
                annual = b.hours().multiply(hourlyCost, Money.MATH);
                int start = b.startYear() != null ? b.startYear() : 1;
                int end = b.endYear() != null ? b.endYear() : years;
                flow = yearly(annual, start, end, years);
                inputs.put("hours", b.hours());
                inputs.put("loadedHourlyCost", hourlyCost);
                recurrence = Recurrence.ANNUAL.id();
            } else {
                flow = Schedules.expand(b, years);
                if (b.schedule() != null) {
                    recurrence = "schedule";
                    inputs.put("schedule", b.schedule());
                } else {
                    recurrence = b.effectiveRecurrence().id();
                    inputs.put("amount", b.amount());
                    if (b.effectiveRecurrence() == Recurrence.ANNUAL) {
                        annual = b.amount();
                    } else if (b.effectiveRecurrence() == Recurrence.MONTHLY) {
                        annual = b.amount().multiply(BigDecimal.valueOf(12));
                    }
                }
            }
            String source = b.effectiveSource().id();
            Measures measures = switch (b.basis()) {
                case REVENUE, GROSS_PROFIT -> Measures.REVENUE_GROWTH;
                case COST_SAVING -> Measures.COST_SAVING;
                case COST_AVOIDANCE -> Measures.COST_AVOIDANCE;
                case TIME_SAVED -> Measures.TIME_SAVED;
            };
            lines.add(new BenefitLine(id, path, "case", "case:" + path, b.basis().id(), source,
                    recurrence, hours ? HOURS : AS_ENTERED, inputs, annual, flow, hours, false,
                    BenefitLine.evidenceOf(source), measures.id(), b.measuredAt(), Scope.defaultFor(measures).id()));
        }
        return lines;
    }

    /**
     * Lines for the plugins' benefits, in plugin order then line order; each counts in years 1..N. Their
     * evidence is the KPI set's {@code source} (absent: {@code target}).
     */
    static List<BenefitLine> fromPlugins(List<PluginOutput> outputs, Map<String, KpiSet> kpis, int years) {
        List<BenefitLine> lines = new ArrayList<>();
        for (PluginOutput out : outputs) {
            KpiSet set = kpis.get(out.plugin().id());
            String evidence = set == null ? "target" : set.effectiveSource().id();
            String source = "target".equals(evidence) ? "estimated" : evidence;
            String measuredAt = set == null ? null : set.measuredAt();
            for (Benefit b : out.benefits()) {
                BenefitDefinition def = out.plugin().descriptor().benefit(b.id()).orElseThrow();
                Map<String, Object> inputs = new LinkedHashMap<>(b.inputs());
                lines.add(new BenefitLine(b.id(), "kpis." + out.plugin().id(), "plugin:" + out.plugin().id(),
                        out.plugin().sourceLabel(), b.kind().id(), source, Recurrence.ANNUAL.id(),
                        def.formula(), Collections.unmodifiableMap(inputs), b.annual(),
                        yearly(b.annual(), 1, years, years), false, b.inputs().containsKey("grossMarginRate"),
                        evidence, def.measures().id(), measuredAt, def.scope().id()));
            }
        }
        return lines;
    }

    private static List<BigDecimal> yearly(BigDecimal amount, int start, int end, int years) {
        List<BigDecimal> flow = new ArrayList<>(Schedules.zeros(years));
        for (int y = Math.max(start, 0); y <= Math.min(end, years); y++) {
            flow.set(y, amount);
        }
        return List.copyOf(flow);
    }
}

package com.acme.acmevisits;

import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test plugin (acme-visits) that declares its assumptions and reads them only through the context. */
public final class VisitsMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-visits", "1.0.0", Text.of("Store visits", "到店次数"),
                List.of(KpiInput.required("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("visit-profit", BenefitKind.GROSS_PROFIT, Text.of("Visits", "到店"),
                        Text.of("(members after − before) × visitsPerMember × profitPerVisit",
                                "(会员数(后) − 会员数(前)) × visitsPerMember × profitPerVisit"),
                        List.of("members", "visitsPerMember", "profitPerVisit"))),
                List.of());
    }

    @Override
    public List<AssumptionDefinition> assumptions() {
        return List.of(
                AssumptionDefinition.assumed("visitsPerMember", new BigDecimal("4"), Unit.COUNT,
                        Text.of("Store visits per member per year", "每位会员每年到店次数")),
                AssumptionDefinition.sourced("profitPerVisit", new BigDecimal("2.50"), Unit.CURRENCY,
                        Text.of("Gross profit per store visit", "每次到店的毛利"), "Acme retail panel 2024"));
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) {
        BigDecimal added = ctx.after("members").orElseThrow().subtract(ctx.before("members").orElseThrow());
        BigDecimal visits = ctx.assumption("visitsPerMember").orElseThrow();
        BigDecimal profit = ctx.assumption("profitPerVisit").orElseThrow();
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("visitsPerMember", visits);
        inputs.put("profitPerVisit", profit);
        return List.of(new Benefit("visit-profit", BenefitKind.GROSS_PROFIT, added.multiply(visits).multiply(profit),
                ctx.currency(), inputs));
    }
}

package com.acme.acmewrongsign;

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
import java.util.List;
import java.util.Map;

/**
 * A misbehaving test plugin (acme-wrong-sign): members is declared higher-is-better, yet more members give a negative
 * saving — "negative cost savings from improved KPIs".
 */
public final class WrongSignMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-wrong-sign", "0.9.0", Text.of("acme-wrong-sign", "acme-wrong-sign 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数")).higherIsBetter()),
                List.of(new BenefitDefinition("member-savings", BenefitKind.COST_SAVING, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) {
        return List.of(new Benefit("member-savings", BenefitKind.COST_SAVING, new BigDecimal("-5000"), ctx.currency(), Map.of()));
    }
}

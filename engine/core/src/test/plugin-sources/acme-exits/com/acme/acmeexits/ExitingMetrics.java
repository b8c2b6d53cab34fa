package com.acme.acmeexits;

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

/** A hostile test plugin (acme-exits): see the compute body. */
public final class ExitingMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-exits", "0.9.0", Text.of("acme-exits", "acme-exits 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) throws Exception {
        System.exit(0);
        return List.of();
    }

    private static Benefit line(BigDecimal amount, String currency) {
        return new Benefit("member-profit", BenefitKind.GROSS_PROFIT, amount, currency, Map.of());
    }

}

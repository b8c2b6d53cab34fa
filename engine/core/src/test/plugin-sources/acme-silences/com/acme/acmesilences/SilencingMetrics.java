package com.acme.acmesilences;

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

/** A hostile test plugin (acme-silences): see the compute body. */
public final class SilencingMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-silences", "0.9.0", Text.of("acme-silences", "acme-silences 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) throws Exception {
        // silences standard error first, so that nobody can say who ended the process
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        System.exit(0);
        return List.of();
    }

    private static Benefit line(BigDecimal amount, String currency) {
        return new Benefit("member-profit", BenefitKind.GROSS_PROFIT, amount, currency, Map.of());
    }

}

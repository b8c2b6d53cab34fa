package com.acme.acmehaunts;

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

/** A hostile test plugin (acme-haunts): see the compute body. */
public final class HauntingMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-haunts", "0.9.0", Text.of("acme-haunts", "acme-haunts 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) throws Exception {
        // a shutdown hook that never returns: a JVM that runs its hooks at exit would never end
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // and ignores being interrupted
                }
            }
        }));
        return List.of(line(new BigDecimal("10"), ctx.currency()));
    }

    private static Benefit line(BigDecimal amount, String currency) {
        return new Benefit("member-profit", BenefitKind.GROSS_PROFIT, amount, currency, Map.of());
    }

}

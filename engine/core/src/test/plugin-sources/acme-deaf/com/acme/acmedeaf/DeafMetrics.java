package com.acme.acmedeaf;

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

/** A misbehaving test plugin (acme-deaf): its compute ignores being interrupted and runs on for 5 s. */
public final class DeafMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-deaf", "0.9.0", Text.of("acme-deaf", "acme-deaf 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) throws Exception {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                // deaf: cancelling the call does not stop it
            }
        }
        return List.of(line("member-profit", "10", ctx.currency()));
    }

    private static Benefit line(String id, String amount, String currency) {
        return new Benefit(id, BenefitKind.GROSS_PROFIT, new BigDecimal(amount), currency, Map.of());
    }
}

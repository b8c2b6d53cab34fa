package com.acme.acmeprobe;

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

/** A misbehaving test plugin (acme-probe): see the compute body. */
public final class ProbeMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-probe", "0.9.0", Text.of("acme-probe", "acme-probe 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) throws Exception {
        StringBuilder seen = new StringBuilder();
        for (String name : List.of("com.google.inject.Injector", "org.kie.api.KieServices",
                "io.roiassay.engine.RoiAssay", "io.roiassay.plugin.MetricPlugin")) {
            seen.append(name).append("=").append(probe(name, null)).append(" ");
        }
        seen.append("context:com.google.inject.Injector=")
                .append(probe("com.google.inject.Injector", Thread.currentThread().getContextClassLoader()));
        throw new IllegalStateException(seen.toString().trim());
    }

    private static String probe(String name, ClassLoader loader) {
        try {
            if (loader == null) {
                Class.forName(name);
            } else {
                Class.forName(name, false, loader);
            }
            return "loaded";
        } catch (ClassNotFoundException e) {
            return "ClassNotFoundException";
        }
    }

    private static Benefit line(String id, String amount, String currency) {
        return new Benefit(id, BenefitKind.GROSS_PROFIT, new BigDecimal(amount), currency, Map.of());
    }
}

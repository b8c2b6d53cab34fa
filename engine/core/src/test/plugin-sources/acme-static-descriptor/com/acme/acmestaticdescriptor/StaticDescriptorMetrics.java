package com.acme.acmestaticdescriptor;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.util.List;

/**
 * A misbehaving test plugin (acme-static-descriptor): its descriptor is built in a static field, as the reference
 * plugins build theirs, with an id the API refuses, so the class's static initialiser throws.
 */
public final class StaticDescriptorMetrics implements MetricPlugin {

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("Field_Service", "1.0.0",
            Text.of("Field service", "现场服务"),
            List.of(KpiInput.optional("visits", Unit.COUNT, Text.of("Visits", "上门次数"))),
            List.of(new BenefitDefinition("visit-savings", BenefitKind.COST_SAVING, Text.of("Visits", "上门"),
                    Text.of("visits × 10", "上门次数 × 10"), List.of("visits"))),
            List.of());

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) {
        return List.of();
    }
}

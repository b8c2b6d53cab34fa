package io.roiassay.engine.plugins;

import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.PluginDescriptor;

import java.util.HashSet;
import java.util.Set;

/** The checks a descriptor must pass at load time, beyond what the API's records check themselves. */
final class Descriptors {

    private Descriptors() {
    }

    /** What is wrong with the descriptor, or null when nothing is. */
    static String problem(PluginDescriptor d) {
        Set<String> seen = new HashSet<>();
        for (KpiInput i : d.inputs()) {
            if (!seen.add(i.name())) {
                return "declares the input '" + i.name() + "' twice";
            }
        }
        seen.clear();
        for (BenefitDefinition b : d.benefits()) {
            if (!seen.add(b.id())) {
                return "declares the benefit line '" + b.id() + "' twice";
            }
        }
        seen.clear();
        for (IndicatorDefinition x : d.indicators()) {
            if (!seen.add(x.id())) {
                return "declares the indicator '" + x.id() + "' twice";
            }
        }
        return null;
    }
}

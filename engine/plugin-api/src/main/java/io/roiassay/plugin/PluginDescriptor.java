package io.roiassay.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a metric plugin declares about itself before it computes: identity, inputs, outputs and
 * formulas.
 *
 * @param id         the plugin id; also the key under {@code kpis} in a case. Lower-case, e.g. {@code sales}
 * @param version    the plugin's version, recorded in every report's provenance
 * @param title      a short name in both languages
 * @param inputs     the KPI inputs it reads
 * @param benefits   the benefit lines it can produce
 * @param indicators the non-financial indicators it can report
 */
public record PluginDescriptor(String id, String version, Text title, List<KpiInput> inputs,
                               List<BenefitDefinition> benefits, List<IndicatorDefinition> indicators) {

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        inputs = List.copyOf(inputs);
        benefits = List.copyOf(benefits);
        indicators = List.copyOf(indicators);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("plugin id must be lower-case letters, digits and '-': " + id);
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("plugin version must not be blank");
        }
    }

    /** The declared input with this name, if any. */
    public Optional<KpiInput> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The declared benefit line with this id, if any. */
    public Optional<BenefitDefinition> benefit(String benefitId) {
        return benefits.stream().filter(b -> b.id().equals(benefitId)).findFirst();
    }
}

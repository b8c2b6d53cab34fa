package io.roiassay.engine.caseio;

import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.support.Contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The valid range of every KPI the installed plugins declare ({@link KpiInput#minimum()},
 * {@link KpiInput#maximum()}), checked against a case's {@code kpis} before any plugin sees them: a 150 %
 * retention rate is a mistake in the case, not a strong verdict. KPIs of plugins that are not installed,
 * and names a plugin does not declare, are left to the {@code data/unknown-kpi} finding.
 */
public final class KpiRanges {

    /** No plugins, no ranges: nothing is checked. */
    public static final KpiRanges NONE = new KpiRanges(Map.of());

    private final Map<String, PluginDescriptor> plugins;

    private KpiRanges(Map<String, PluginDescriptor> plugins) {
        this.plugins = plugins;
    }

    /** The ranges the given plugins declare. */
    public static KpiRanges of(Collection<PluginDescriptor> descriptors) {
        Map<String, PluginDescriptor> byId = new TreeMap<>();
        descriptors.forEach(d -> byId.put(d.id(), d));
        return new KpiRanges(Map.copyOf(byId));
    }

    /**
     * Every out-of-range value, as an error naming {@code file} and the field path, e.g.
     * {@code kpis.service.after.retentionRate: 150 is above the maximum 100 (a percentage, written 0..100)}.
     *
     * @throws CaseException when any value is out of range
     */
    public void check(Case theCase, String file) throws CaseException {
        List<CaseError> errors = new ArrayList<>();
        for (Problem p : problems(theCase)) {
            errors.add(new CaseError(file, Pointers.toPath(p.pointer()), null, null, p.message()));
        }
        if (!errors.isEmpty()) {
            throw new CaseException(errors);
        }
    }

    /** The out-of-range values as problems at their JSON pointers, for the reader to locate. */
    List<Problem> problems(Case theCase) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, KpiSet> e : theCase.kpis().entrySet()) {
            PluginDescriptor d = plugins.get(e.getKey());
            if (d == null) {
                continue;
            }
            String at = Pointers.child("/kpis", e.getKey());
            values(d, e.getValue().before(), Pointers.child(at, "before"), problems);
            values(d, e.getValue().after(), Pointers.child(at, "after"), problems);
        }
        return problems;
    }

    /**
     * The same read off the document of a case that does not bind (it has other errors): every numeric KPI value of
     * an installed plugin, anything else left to the errors already found.
     */
    List<Problem> problems(com.fasterxml.jackson.databind.JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        var kpis = root.path("kpis");
        if (!kpis.isObject()) {
            return problems;
        }
        for (var e : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) kpis::fields) {
            PluginDescriptor d = plugins.get(e.getKey());
            if (d == null) {
                continue;
            }
            String at = Pointers.child("/kpis", e.getKey());
            for (String side : List.of("before", "after")) {
                Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
                var set = e.getValue().path(side);
                if (set.isObject()) {
                    set.fields().forEachRemaining(v -> {
                        if (v.getValue().isNumber()) {
                            values.put(v.getKey(), v.getValue().decimalValue());
                        }
                    });
                }
                values(d, values, Pointers.child(at, side), problems);
            }
        }
        return problems;
    }

    private static void values(PluginDescriptor d, Map<String, BigDecimal> values, String at, List<Problem> problems) {
        values.forEach((name, value) -> d.input(name).ifPresent(input -> {
            String why = Contract.rangeProblem(input, value);
            if (why != null) {
                problems.add(Problem.at(Pointers.child(at, name), why));
            }
        }));
    }
}

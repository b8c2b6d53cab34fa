package io.roiassay.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.Text;

import java.util.List;

/** The plugins as JSON: what {@code assay plugins} lists, with both languages, for the API and the workbench form. */
final class PluginList {

    private PluginList() {
    }

    static byte[] json(List<LoadedPlugin> plugins) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode list = m.createArrayNode();
        for (LoadedPlugin p : plugins) {
            ObjectNode n = list.addObject();
            n.put("id", p.id());
            n.put("version", p.version());
            text(n, "title", p.descriptor().title());
            n.put("origin", p.origin());
            n.put("jarHash", p.jarHash());
            ArrayNode inputs = n.putArray("inputs");
            for (KpiInput i : p.descriptor().inputs()) {
                ObjectNode x = inputs.addObject();
                x.put("name", i.name());
                x.put("unit", i.unit().id());
                x.put("required", i.required());
                text(x, "description", i.description());
                // The declared valid range, inclusive; an open end is left out (the workbench form reads it so).
                if (i.minimum() != null) {
                    x.put("minimum", i.minimum());
                }
                if (i.maximum() != null) {
                    x.put("maximum", i.maximum());
                }
                if (i.better() != null) { // which way the KPI improves, when the plugin declares it
                    x.put("better", i.better() == io.roiassay.plugin.Better.HIGHER ? "higher" : "lower");
                }
            }
            ArrayNode assumptions = n.putArray("assumptions");
            for (AssumptionDefinition a : p.assumptions()) {
                ObjectNode x = assumptions.addObject();
                x.put("key", a.key());
                x.put("default", a.defaultValue());
                x.put("unit", a.unit().id());
                text(x, "description", a.description());
                x.put("source", a.source());
            }
            ArrayNode benefits = n.putArray("benefits");
            for (BenefitDefinition b : p.descriptor().benefits()) {
                ObjectNode x = benefits.addObject();
                x.put("id", b.id());
                x.put("kind", b.kind().id());
                x.put("measures", b.measures().id());
                x.put("scope", b.scope().id());
                text(x, "title", b.title());
            }
            ArrayNode indicators = n.putArray("indicators");
            for (IndicatorDefinition d : p.descriptor().indicators()) {
                indicators.add(d.id());
            }
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsBytes(list);
    }

    private static void text(ObjectNode n, String field, Text t) {
        ObjectNode x = n.putObject(field);
        x.put("en", t.in("en"));
        x.put("zh-CN", t.in("zh-CN"));
    }
}

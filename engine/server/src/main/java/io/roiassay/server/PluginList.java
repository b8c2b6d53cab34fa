package io.roiassay.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

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
                // The unit's own range; plugins declare no narrower one.
                x.put("minimum", 0);
                if (i.unit() == Unit.PERCENT) {
                    x.put("maximum", 100);
                }
            }
            ArrayNode benefits = n.putArray("benefits");
            for (BenefitDefinition b : p.descriptor().benefits()) {
                ObjectNode x = benefits.addObject();
                x.put("id", b.id());
                x.put("kind", b.kind().id());
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

package io.roiassay.plugin;

import java.util.Objects;

/**
 * A non-financial indicator a plugin reports (customer satisfaction, retention rate …): tracked and shown,
 * never added to the money figures.
 *
 * @param id    the indicator id, unique within the plugin
 * @param kpi   the KPI input it reads
 * @param title a short name in both languages
 */
public record IndicatorDefinition(String id, String kpi, Text title) {

    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(title, "title");
    }
}

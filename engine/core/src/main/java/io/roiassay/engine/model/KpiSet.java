package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The before/after KPI values for one metric plugin ({@code kpis.<pluginId>}), with the evidence behind the
 * after-values ({@code source}; null means {@code target}) and when they were measured.
 */
public record KpiSet(Map<String, BigDecimal> before, Map<String, BigDecimal> after, KpiSource source,
                     String measuredAt) {

    public KpiSet {
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** A KPI set whose after-values are targets (no source given). */
    public KpiSet(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        this(before, after, null, null);
    }

    /** The source with its default ({@code target}) applied. */
    public KpiSource effectiveSource() {
        return source == null ? KpiSource.TARGET : source;
    }
}

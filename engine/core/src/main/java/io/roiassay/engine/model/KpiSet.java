package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The before/after KPI values for one metric plugin ({@code kpis.<pluginId>}). */
public record KpiSet(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {

    public KpiSet {
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}

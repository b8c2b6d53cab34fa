package io.roiassay.engine.facts;

import java.math.BigDecimal;

/** One KPI given in the case under {@code kpis.<plugin>}, before and/or after. */
public final class KpiFact {
    private final String plugin;
    private final String name;
    private final BigDecimal before;
    private final BigDecimal after;

    public KpiFact(String plugin, String name, BigDecimal before, BigDecimal after) {
        this.plugin = plugin;
        this.name = name;
        this.before = before;
        this.after = after;
    }

    public String getPlugin() { return plugin; }
    public String getName() { return name; }
    /** The field path, e.g. {@code kpis.sales.closedDeals}. */
    public String getPath() { return "kpis." + plugin + "." + name; }
    public BigDecimal getBefore() { return before; }
    public BigDecimal getAfter() { return after; }

    @Override
    public String toString() {
        return "KpiFact(" + getPath() + " " + before + " -> " + after + ")";
    }
}

package io.roiassay.engine.facts;

import java.math.BigDecimal;

/** One KPI given in the case under {@code kpis.<plugin>}, before and/or after. */
public final class KpiFact {
    private final String plugin;
    private final String name;
    private final BigDecimal before;
    private final BigDecimal after;
    private final String known;

    /** A KPI that an installed plugin declares. */
    public KpiFact(String plugin, String name, BigDecimal before, BigDecimal after) {
        this(plugin, name, before, after, "declared");
    }

    /**
     * @param known {@code declared} when the plugin reads this input, {@code undeclared} when the plugin is
     *              installed but reads no input of this name (a typo, usually), {@code no-plugin} when no
     *              installed plugin has this id
     */
    public KpiFact(String plugin, String name, BigDecimal before, BigDecimal after, String known) {
        if (!known.matches("declared|undeclared|no-plugin")) {
            throw new IllegalArgumentException("known must be declared, undeclared or no-plugin: " + known);
        }
        this.plugin = plugin;
        this.name = name;
        this.before = before;
        this.after = after;
        this.known = known;
    }

    public String getPlugin() { return plugin; }
    public String getName() { return name; }
    /** The field path, e.g. {@code kpis.sales.closedDeals}. */
    public String getPath() { return "kpis." + plugin + "." + name; }
    public BigDecimal getBefore() { return before; }
    public BigDecimal getAfter() { return after; }
    /** {@code declared}, {@code undeclared} (the plugin reads no such input) or {@code no-plugin}. */
    public String getKnown() { return known; }
    /** Whether an installed plugin reads this KPI. */
    public boolean isDeclared() { return "declared".equals(known); }

    @Override
    public String toString() {
        return "KpiFact(" + getPath() + " " + before + " -> " + after + ")";
    }
}

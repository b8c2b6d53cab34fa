package io.roiassay.plugin.testing;

import io.roiassay.plugin.MetricContext;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link MetricContext} built by hand, for plugin unit tests.
 *
 * <pre>{@code
 * MetricContext ctx = TestMetricContext.builder()
 *         .before("closedDeals", "200").after("closedDeals", "230")
 *         .grossMarginRate("0.32")
 *         .build();
 * }</pre>
 * Defaults: currency {@code USD}, gross margin 0.30, loaded hourly cost 45, productivity factor 0.8 for
 * every role.
 */
public final class TestMetricContext implements MetricContext {

    private final String currency;
    private final Map<String, BigDecimal> before;
    private final Map<String, BigDecimal> after;
    private final BigDecimal grossMarginRate;
    private final BigDecimal loadedHourlyCost;
    private final Map<String, BigDecimal> productivity;
    private final BigDecimal defaultProductivity;
    private final Map<String, BigDecimal> assumptions;

    private TestMetricContext(Builder b) {
        this.currency = b.currency;
        this.before = Collections.unmodifiableMap(new LinkedHashMap<>(b.before));
        this.after = Collections.unmodifiableMap(new LinkedHashMap<>(b.after));
        this.grossMarginRate = b.grossMarginRate;
        this.loadedHourlyCost = b.loadedHourlyCost;
        this.productivity = Collections.unmodifiableMap(new LinkedHashMap<>(b.productivity));
        this.defaultProductivity = b.defaultProductivity;
        this.assumptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.assumptions));
    }

    /** Starts a context with the defaults above. */
    public static Builder builder() {
        return new Builder();
    }

    @Override public String currency() { return currency; }
    @Override public Optional<BigDecimal> before(String kpi) { return Optional.ofNullable(before.get(kpi)); }
    @Override public Optional<BigDecimal> after(String kpi) { return Optional.ofNullable(after.get(kpi)); }
    @Override public BigDecimal grossMarginRate() { return grossMarginRate; }
    @Override public BigDecimal loadedHourlyCost() { return loadedHourlyCost; }

    @Override
    public Set<String> kpiNames() {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return Collections.unmodifiableSet(names);
    }

    @Override
    public BigDecimal productivityFactor(String role) {
        if (!productivity.containsKey(role) && !java.util.Set.of("sales", "service", "marketing").contains(role)) {
            // As the engine does: an unknown role is an error, never time counted at 100 %.
            throw new IllegalArgumentException("unknown productivity role '" + role + "'; the roles are marketing, sales, service");
        }
        return productivity.getOrDefault(role, defaultProductivity);
    }

    @Override
    public Optional<BigDecimal> assumption(String name) {
        return Optional.ofNullable(assumptions.get(name));
    }

    /** Builds a {@link TestMetricContext}; numbers are given as strings so no {@code double} is involved. */
    public static final class Builder {
        private String currency = "USD";
        private final Map<String, BigDecimal> before = new LinkedHashMap<>();
        private final Map<String, BigDecimal> after = new LinkedHashMap<>();
        private BigDecimal grossMarginRate = new BigDecimal("0.30");
        private BigDecimal loadedHourlyCost = new BigDecimal("45");
        private final Map<String, BigDecimal> productivity = new LinkedHashMap<>();
        private BigDecimal defaultProductivity = new BigDecimal("0.8");
        private final Map<String, BigDecimal> assumptions = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder currency(String code) { this.currency = code; return this; }
        public Builder before(String kpi, String value) { before.put(kpi, new BigDecimal(value)); return this; }
        public Builder after(String kpi, String value) { after.put(kpi, new BigDecimal(value)); return this; }
        public Builder grossMarginRate(String rate) { this.grossMarginRate = new BigDecimal(rate); return this; }
        public Builder loadedHourlyCost(String cost) { this.loadedHourlyCost = new BigDecimal(cost); return this; }
        public Builder productivityFactor(String role, String factor) { productivity.put(role, new BigDecimal(factor)); return this; }
        public Builder assumption(String name, String value) { assumptions.put(name, new BigDecimal(value)); return this; }

        public TestMetricContext build() {
            return new TestMetricContext(this);
        }
    }
}

package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case's own ranges for the Monte Carlo draws and the tornado: {@code [low, likely, high]} per driver
 * (a triangular distribution). When the block is present it replaces the profile's default ranges: only the
 * drivers listed here vary. Each field is null when the driver is not listed.
 */
public record Uncertainty(List<BigDecimal> crmShare, List<BigDecimal> grossMarginRate, List<BigDecimal> adoptionRate,
                          List<BigDecimal> benefitScale, List<BigDecimal> costScale, List<BigDecimal> hiddenCostScale,
                          List<BigDecimal> discountRate) {

    /** The driver names, in the order the report lists them. */
    public static final List<String> DRIVERS = List.of("crmShare", "grossMarginRate", "adoptionRate", "benefitScale",
            "costScale", "hiddenCostScale", "discountRate");

    public Uncertainty {
        crmShare = copy(crmShare);
        grossMarginRate = copy(grossMarginRate);
        adoptionRate = copy(adoptionRate);
        benefitScale = copy(benefitScale);
        costScale = copy(costScale);
        hiddenCostScale = copy(hiddenCostScale);
        discountRate = copy(discountRate);
    }

    /** The listed drivers and their {@code [low, likely, high]}, in {@link #DRIVERS} order. */
    public Map<String, List<BigDecimal>> ranges() {
        List<List<BigDecimal>> values = List.of(opt(crmShare), opt(grossMarginRate), opt(adoptionRate),
                opt(benefitScale), opt(costScale), opt(hiddenCostScale), opt(discountRate));
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        for (int i = 0; i < DRIVERS.size(); i++) {
            if (!values.get(i).isEmpty()) {
                out.put(DRIVERS.get(i), values.get(i));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<BigDecimal> opt(List<BigDecimal> v) {
        return v == null ? List.of() : v;
    }

    private static List<BigDecimal> copy(List<BigDecimal> v) {
        return v == null ? null : List.copyOf(v);
    }
}

package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The case's overrides of the industry profile's assumptions. Every field is optional; a null field means
 * "use the profile's value".
 *
 * @param loadedHourlyCost    cost of one staff hour in the case's currency
 * @param rampUp              share of steady-state KPI benefit realised in years 1..N, each 0..1
 * @param riskAdjustment      TEI-style risk adjustment
 * @param adoptionThreshold   active/licensed share below which full adoption is a mistake, 0..1
 * @param productivityFactors share of freed time that becomes productive, by role (sales, service, marketing)
 * @param values              further named numeric assumptions read by metric plugins (e.g. customerAnnualValue)
 */
public record Assumptions(BigDecimal loadedHourlyCost, List<BigDecimal> rampUp, RiskAdjustment riskAdjustment,
                          BigDecimal adoptionThreshold, Map<String, BigDecimal> productivityFactors,
                          Map<String, BigDecimal> values) {

    /** No assumptions section. */
    public static final Assumptions NONE = new Assumptions(null, null, null, null, null, null);

    public Assumptions {
        rampUp = rampUp == null ? null : List.copyOf(rampUp);
        productivityFactors = productivityFactors == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(productivityFactors));
        values = values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }
}

package io.roiassay.engine.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One case ({@code format: roi-assay/case-1}) as read from a file, validated and bound. Optional sections
 * that were absent are replaced by their {@code NONE} constants, so callers never see null sections
 * (except {@link #claim()}, which is null when no claim is audited, and {@link #uncertainty()}, null when the
 * case gives no ranges of its own).
 */
public record Case(String format, String id, String title, String currency, String language,
                   Company company, Deployment deployment, Horizon horizon,
                   List<CostItem> costs, List<BenefitItem> benefits, Map<String, KpiSet> kpis,
                   Attribution attribution, Claim claim, Assumptions assumptions, Uncertainty uncertainty) {

    /** The only case format this engine reads. */
    public static final String FORMAT = "roi-assay/case-1";

    public Case {
        deployment = deployment == null ? Deployment.NONE : deployment;
        horizon = horizon == null ? Horizon.DEFAULT : horizon;
        costs = costs == null ? List.of() : List.copyOf(costs);
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        kpis = kpis == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(kpis));
        attribution = attribution == null ? Attribution.NONE : attribution;
        assumptions = assumptions == null ? Assumptions.NONE : assumptions;
    }

    /** The report language with its default ({@code en}) applied. */
    public String effectiveLanguage() {
        return language == null ? "en" : language;
    }

    /** The number of years in the horizon, default applied. */
    public int years() {
        return horizon.effectiveYears();
    }
}

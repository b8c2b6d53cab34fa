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
                   Attribution attribution, Claim claim, Assumptions assumptions,
                   CostCoverage costCoverage, Boolean riskAdjusted, Uncertainty uncertainty) {

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

    /** A case without the second-wave fields (itemized costs, figures not risk-adjusted, no uncertainty ranges). */
    public Case(String format, String id, String title, String currency, String language, Company company,
                Deployment deployment, Horizon horizon, List<CostItem> costs, List<BenefitItem> benefits,
                Map<String, KpiSet> kpis, Attribution attribution, Claim claim, Assumptions assumptions) {
        this(format, id, title, currency, language, company, deployment, horizon, costs, benefits, kpis, attribution,
                claim, assumptions, null, null, null);
    }

    /** The cost coverage with its default ({@code itemized}) applied. */
    public CostCoverage effectiveCostCoverage() {
        return costCoverage == null ? CostCoverage.ITEMIZED : costCoverage;
    }

    /** Whether the entered figures were already risk-adjusted (a published TEI study); default false. */
    public boolean figuresRiskAdjusted() {
        return Boolean.TRUE.equals(riskAdjusted);
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

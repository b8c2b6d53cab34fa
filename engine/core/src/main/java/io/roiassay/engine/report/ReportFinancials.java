package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.math.BigDecimal;
import java.util.List;

/**
 * Entered and adjusted financials, the steps that lead from one to the other, the cost breakdown by
 * category, and the definition of every figure (so nobody has to guess which ROI is meant).
 */
@JsonPropertyOrder({"horizonYears", "discountRate", "entered", "adjusted", "adjustments", "costBreakdown", "tco",
        "definitions"})
public record ReportFinancials(int horizonYears, BigDecimal discountRate, ReportFigures entered, ReportFigures adjusted,
                               List<Adjustment> adjustments, List<CostCategoryLine> costBreakdown, ReportTco tco,
                               @JsonSerialize(using = RepeatedSection.class) List<Definition> definitions) {

    /** Financials without a TCO view (test fixtures, older callers). */
    public ReportFinancials(int horizonYears, BigDecimal discountRate, ReportFigures entered, ReportFigures adjusted,
                            List<Adjustment> adjustments, List<CostCategoryLine> costBreakdown,
                            List<Definition> definitions) {
        this(horizonYears, discountRate, entered, adjusted, adjustments, costBreakdown, null, definitions);
    }

    /**
     * One correction applied on the way from entered to adjusted, with its effect on total costs and total
     * benefits over the horizon.
     */
    @JsonPropertyOrder({"step", "target", "description", "factor", "costsDelta", "benefitsDelta", "finding",
            "assumption", "rule"})
    public record Adjustment(String step, String target, String description, String factor,
                             BigDecimal costsDelta, BigDecimal benefitsDelta, String finding, String assumption,
                             ReportRule rule) {
    }

    /** Costs of one category: as entered and as estimated by a hidden-cost finding. */
    @JsonPropertyOrder({"category", "entered", "estimated", "finding"})
    public record CostCategoryLine(String category, BigDecimal entered, BigDecimal estimated, String finding) {
    }

    /** What a figure means, in the report's language. */
    @JsonPropertyOrder({"figure", "definition"})
    public record Definition(String figure, String definition) {
    }
}

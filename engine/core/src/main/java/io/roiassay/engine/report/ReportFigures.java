package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/** One set of financial figures (entered or adjusted) with the cash flow per period. */
@JsonPropertyOrder({"totalCosts", "totalBenefits", "pvCosts", "pvBenefits", "npv", "roiPercent", "simpleRoiPercent",
        "paybackMonths", "discountedPaybackMonths", "irrPercent", "irrNote", "periods"})
public record ReportFigures(BigDecimal totalCosts, BigDecimal totalBenefits, BigDecimal pvCosts,
                            BigDecimal pvBenefits, BigDecimal npv, BigDecimal roiPercent, BigDecimal simpleRoiPercent,
                            BigDecimal paybackMonths, BigDecimal discountedPaybackMonths, BigDecimal irrPercent,
                            String irrNote, List<Period> periods) {

    /** Figures without a discounted payback or IRR note (test fixtures, older callers). */
    public ReportFigures(BigDecimal totalCosts, BigDecimal totalBenefits, BigDecimal pvCosts, BigDecimal pvBenefits,
                         BigDecimal npv, BigDecimal roiPercent, BigDecimal simpleRoiPercent, BigDecimal paybackMonths,
                         BigDecimal irrPercent, List<Period> periods) {
        this(totalCosts, totalBenefits, pvCosts, pvBenefits, npv, roiPercent, simpleRoiPercent, paybackMonths, null,
                irrPercent, null, periods);
    }

    /** One period's flows: period 0 is the initial period. */
    @JsonPropertyOrder({"period", "costs", "benefits", "net", "cumulativeNet"})
    public record Period(int period, BigDecimal costs, BigDecimal benefits, BigDecimal net, BigDecimal cumulativeNet) {
    }
}

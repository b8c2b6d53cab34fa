package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * The spread of the Monte Carlo draws, for the confidence rules: the probability that the adjusted NPV is below
 * zero, the ROI percentiles and the share of draws per grade. Inserted before the verdict phase only when the
 * case was drawn ({@code --draws} above 0); without draws there is no such fact.
 */
public final class SpreadFact {
    private final int draws;
    private final BigDecimal probabilityNpvBelowZero;
    private final BigDecimal roiP10;
    private final BigDecimal roiP50;
    private final BigDecimal roiP90;
    private final Map<String, BigDecimal> gradeShares;

    public SpreadFact(int draws, BigDecimal probabilityNpvBelowZero, BigDecimal roiP10, BigDecimal roiP50,
                      BigDecimal roiP90, Map<String, BigDecimal> gradeShares) {
        this.draws = draws;
        this.probabilityNpvBelowZero = probabilityNpvBelowZero;
        this.roiP10 = roiP10;
        this.roiP50 = roiP50;
        this.roiP90 = roiP90;
        this.gradeShares = Collections.unmodifiableMap(new LinkedHashMap<>(gradeShares));
    }

    public int getDraws() { return draws; }
    /** Share of draws with adjusted NPV below 0, 0..1. */
    public BigDecimal getProbabilityNpvBelowZero() { return probabilityNpvBelowZero; }
    /** ROI percentiles in percent; null when the ROI is undefined (no cost). */
    public BigDecimal getRoiP10() { return roiP10; }
    public BigDecimal getRoiP50() { return roiP50; }
    public BigDecimal getRoiP90() { return roiP90; }
    /** P90 − P10 of the ROI in percentage points; null when undefined. */
    public BigDecimal getRoiSpread() { return roiP10 == null || roiP90 == null ? null : roiP90.subtract(roiP10); }
    /** Share of draws per grade (the ROI bands' grades), 0..1. */
    public Map<String, BigDecimal> getGradeShares() { return gradeShares; }

    /** The share of draws that fall in {@code grade}; 0 for a grade no draw reached. */
    public BigDecimal shareOf(String grade) {
        BigDecimal s = gradeShares.get(grade);
        return s == null ? BigDecimal.ZERO : s;
    }

    @Override
    public String toString() {
        return "SpreadFact(P(NPV<0)=" + probabilityNpvBelowZero + ", ROI P10/P50/P90=" + roiP10 + "/" + roiP50 + "/"
                + roiP90 + ", grades=" + gradeShares + ")";
    }
}

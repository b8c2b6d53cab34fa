package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * A driver whose range (tornado) crosses a grade boundary: the grade the ROI bands give now holds unless the
 * driver goes {@code below} (or {@code above}) {@code value}, where it becomes {@code gradeBeyond}. For the
 * verdict and recommendation rules ("the grade holds unless the CRM's share of growth is below 0.55").
 */
public final class GradeBoundaryFact {
    private final String driver;
    private final BigDecimal current;
    private final BigDecimal value;
    private final String direction;
    private final String gradeNow;
    private final String gradeBeyond;
    private final int rank;
    private final boolean worse;

    /**
     * @param rank  the driver's place in the tornado (1 = widest swing)
     * @param worse whether {@code gradeBeyond} is a worse grade than {@code gradeNow} (lower in the ROI bands)
     */
    public GradeBoundaryFact(String driver, BigDecimal current, BigDecimal value, String direction, String gradeNow,
                             String gradeBeyond, int rank, boolean worse) {
        this.worse = worse;
        this.driver = driver;
        this.current = current;
        this.value = value;
        this.direction = direction;
        this.gradeNow = gradeNow;
        this.gradeBeyond = gradeBeyond;
        this.rank = rank;
    }

    /** The driver id ({@code crmShare}, {@code costScale} …). */
    public String getDriver() { return driver; }
    /** The driver's value in the adjusted figures. */
    public BigDecimal getCurrent() { return current; }
    /** Where the grade changes. */
    public BigDecimal getValue() { return value; }
    /** {@code below} or {@code above}. */
    public String getDirection() { return direction; }
    public boolean isBelow() { return "below".equals(direction); }
    /** The grade the ROI bands give at the driver's current value. */
    public String getGradeNow() { return gradeNow; }
    /** The grade past the boundary. */
    public String getGradeBeyond() { return gradeBeyond; }
    /** The driver's place in the tornado, 1 = widest swing. */
    public int getRank() { return rank; }
    /** Whether past the boundary the grade is worse (a risk to the verdict) rather than better. */
    public boolean isWorse() { return worse; }

    @Override
    public String toString() {
        return "GradeBoundaryFact(" + driver + " " + direction + " " + value + ": " + gradeNow + " → " + gradeBeyond + ")";
    }
}

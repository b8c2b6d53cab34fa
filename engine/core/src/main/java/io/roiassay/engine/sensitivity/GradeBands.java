package io.roiassay.engine.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ROI bands the verdict rules grade by, as the rules' profile gave them: each grade with the lowest ROI
 * (percent) it starts at, and the grade below every band. Java only compares a ROI against these numbers;
 * which grades exist and where their bands start are decided in the rule pack.
 */
public final class GradeBands {

    /** One band: ROI at or above {@code minRoiPercent} (and below the next band up) gets {@code grade}. */
    public record Band(String grade, double minRoiPercent) {
    }

    private final String[] grades;
    private final double[] minimums;
    private final String below;
    private final String undefined;

    /**
     * @param bands the bands in any order
     * @param below the grade of a ROI below every band
     */
    public GradeBands(List<Band> bands, String below) {
        this(bands, below, null);
    }

    /**
     * @param bands     the bands in any order
     * @param below     the grade of a ROI below every band
     * @param undefined the grade of an undefined ROI (no cost), after every other; null: such a ROI falls below every
     *                  band, as a pack without the key had it
     */
    public GradeBands(List<Band> bands, String below, String undefined) {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingDouble(Band::minRoiPercent).reversed());
        grades = new String[sorted.size()];
        minimums = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            grades[i] = sorted.get(i).grade();
            minimums[i] = sorted.get(i).minRoiPercent();
        }
        this.below = below;
        this.undefined = undefined;
    }

    /** The number of grades, the one below every band and the one of an undefined ROI (when given) included. */
    public int size() {
        return grades.length + (undefined == null ? 1 : 2);
    }

    /** The grade at index {@code i}, best first; then the grade below every band, then that of an undefined ROI. */
    public String grade(int i) {
        return i < grades.length ? grades[i] : i == grades.length ? below : undefined;
    }

    /** Whether index {@code i} is the grade of an undefined ROI (no band: it is shown only when a draw has it). */
    public boolean isUndefined(int i) {
        return undefined != null && i == grades.length + 1;
    }

    /** The index of the grade a ROI (percent) falls in; NaN (undefined ROI) gets the undefined grade, or falls below every band. */
    public int indexOf(double roiPercent) {
        if (Double.isNaN(roiPercent) && undefined != null) {
            return grades.length + 1;
        }
        for (int i = 0; i < minimums.length; i++) {
            if (roiPercent >= minimums[i]) {
                return i;
            }
        }
        return grades.length;
    }

    /** The grade a ROI (percent) falls in. */
    public String gradeOf(double roiPercent) {
        return grade(indexOf(roiPercent));
    }

    /** The ROI (percent) where the band of grade index {@code i} starts; NaN for the grade below every band and an undefined ROI's. */
    public double lowerEdge(int i) {
        return i < minimums.length ? minimums[i] : Double.NaN;
    }

    /** The ROI (percent) where the band above grade index {@code i} starts; NaN for the best grade and an undefined ROI's. */
    public double upperEdge(int i) {
        return i == 0 || i > minimums.length ? Double.NaN : minimums[i - 1];
    }
}

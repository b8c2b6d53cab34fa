package io.roiassay.engine.workflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of the report. Empty lists and maps mean "not checked".
 *
 * @param findingsPresent        finding codes that must be raised
 * @param findingsAbsent         finding codes that must not be raised
 * @param grades                 the verdict grade must be one of these
 * @param confidences            the verdict confidence must be one of these
 * @param figures                {@code entered.npv}, {@code adjusted.roiPercent} … and the expected value or range
 * @param recommendationsPresent recommendation codes that must be made
 * @param recommendationsAbsent  recommendation codes that must not be made
 * @param headlineContains       texts the verdict's headline must contain
 * @param headlineAbsent         texts the verdict's headline must not contain
 */
public record Expectation(List<String> findingsPresent, List<String> findingsAbsent, List<String> grades,
                          List<String> confidences, Map<String, Range> figures,
                          List<String> recommendationsPresent, List<String> recommendationsAbsent,
                          List<String> headlineContains, List<String> headlineAbsent) {

    /** An expected figure: an exact value ({@code min == max}), a range (either end may be open), or null. */
    public record Range(BigDecimal min, BigDecimal max, boolean expectNull) {

        /** Whether the actual value (null when the report has none) satisfies this range. */
        public boolean accepts(BigDecimal actual) {
            if (expectNull || actual == null) {
                return expectNull && actual == null;
            }
            return (min == null || actual.compareTo(min) >= 0) && (max == null || actual.compareTo(max) <= 0);
        }

        @Override
        public String toString() {
            if (expectNull) {
                return "null";
            }
            if (min != null && max != null && min.compareTo(max) == 0) {
                return min.toPlainString();
            }
            if (min != null && max != null) {
                return "between " + min.toPlainString() + " and " + max.toPlainString();
            }
            return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
        }
    }
}

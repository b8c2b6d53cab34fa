package io.roiassay.engine.workflow;

/**
 * The part of a report a changed JSON path belongs to, as an auditor reads a comparison: provenance (with the case id,
 * currency and language), figures (entered and adjusted, the horizon, the discount rate, first-year TCO and the
 * claim check), findings, verdict, recommendations, ranges (sensitivity and Monte Carlo), and everything else
 * (title, profile, benefit lines, indicators, adjustment steps, cost breakdown, definitions, trace). {@code verify}
 * and {@code diff} both group by it, so one change lands in the same section in both.
 */
public enum ReportSection {
    PROVENANCE("Provenance"), FIGURES("Figures"), FINDINGS("Findings"), VERDICT("Verdict"),
    RECOMMENDATIONS("Recommendations"), RANGES("Ranges (sensitivity, Monte Carlo)"), OTHER("Other");

    private final String title;

    ReportSection(String title) {
        this.title = title;
    }

    /** The heading shown above the section. */
    public String title() {
        return title;
    }

    /** The section of a path as {@link JsonTreeDiff} writes it ({@code financials.adjusted.npv}, {@code findings[code].severity}). */
    public static ReportSection of(String path) {
        if (under(path, "provenance") || path.equals("caseId") || path.equals("currency") || path.equals("language")) {
            return PROVENANCE;
        }
        if (under(path, "financials.entered") || under(path, "financials.adjusted") || under(path, "financials.tco")
                || path.equals("financials.horizonYears") || path.equals("financials.discountRate") || under(path, "claimCheck")) {
            return FIGURES;
        }
        if (under(path, "findings")) {
            return FINDINGS;
        }
        if (under(path, "verdict")) {
            return VERDICT;
        }
        if (under(path, "recommendations")) {
            return RECOMMENDATIONS;
        }
        if (under(path, "uncertainty") || under(path, "sensitivity")) {
            return RANGES;
        }
        return OTHER;
    }

    /** Whether a path is the key itself or inside it ({@code findings}, {@code findings[x]}, {@code findings.y}). */
    private static boolean under(String path, String key) {
        return path.startsWith(key) && (path.length() == key.length() || path.charAt(key.length()) == '.'
                || path.charAt(key.length()) == '[');
    }
}

package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.List;

/**
 * One assessment's report. JSON is the canonical form; the other renderings read this model.
 * Key order is fixed; lists are in a deterministic order.
 */
@JsonPropertyOrder({"format", "caseId", "title", "currency", "language", "profile", "financials", "sensitivity",
        "uncertainty", "benefitLines", "indicators", "claimCheck", "findings", "verdict", "recommendations", "provenance",
        "trace"})
public record Report(String format, String caseId, String title, String currency, String language,
                     @JsonSerialize(using = RepeatedSection.class) ReportProfile profile, ReportFinancials financials,
                     ReportSensitivity sensitivity,
                     ReportUncertainty uncertainty, List<ReportBenefitLine> benefitLines,
                     List<ReportIndicator> indicators, ReportClaimCheck claimCheck, List<ReportFinding> findings,
                     ReportVerdict verdict, List<ReportRecommendation> recommendations,
                     ReportProvenance provenance, List<ReportTrace> trace) {

    /** The report format this engine writes. */
    public static final String FORMAT = "roi-assay/report-1";

    /** A report without sensitivity and uncertainty (for renderings and tests built by hand). */
    public Report(String format, String caseId, String title, String currency, String language,
                  ReportProfile profile, ReportFinancials financials, List<ReportBenefitLine> benefitLines,
                  List<ReportIndicator> indicators, ReportClaimCheck claimCheck, List<ReportFinding> findings,
                  ReportVerdict verdict, List<ReportRecommendation> recommendations,
                  ReportProvenance provenance, List<ReportTrace> trace) {
        this(format, caseId, title, currency, language, profile, financials, null, null, benefitLines, indicators,
                claimCheck, findings, verdict, recommendations, provenance, trace);
    }

    /**
     * The same report with the case embedded in its provenance ({@code provenance.case}): the case's canonical
     * JSON, the very text its {@code inputHash} is taken over, so {@code assay verify REPORT} needs no case file.
     */
    public Report withEmbeddedCase(io.roiassay.engine.model.Case theCase) {
        return new Report(format, caseId, title, currency, language, profile, financials, sensitivity, uncertainty,
                benefitLines, indicators, claimCheck, findings, verdict, recommendations,
                provenance.withCase(EmbeddedCase.of(theCase)), trace);
    }

    public Report {
        benefitLines = List.copyOf(benefitLines);
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        trace = List.copyOf(trace);
    }
}

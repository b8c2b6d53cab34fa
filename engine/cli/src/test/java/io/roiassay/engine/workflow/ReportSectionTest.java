package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One classifier of changed report paths, shared by verify and diff. */
class ReportSectionTest {

    @ParameterizedTest
    @CsvSource({
            "provenance.engine.commit, PROVENANCE", "caseId, PROVENANCE", "currency, PROVENANCE", "language, PROVENANCE",
            "financials.adjusted.npv, FIGURES", "financials.entered.periods[2].net, FIGURES", "financials.tco.firstYearCost, FIGURES",
            "financials.horizonYears, FIGURES", "financials.discountRate, FIGURES", "claimCheck.roiPercent, FIGURES",
            "claimCheck, FIGURES",
            "findings[mistake/x].severity, FINDINGS", "findings, FINDINGS",
            "verdict.grade, VERDICT", "verdict, VERDICT", "verdict.headline, VERDICT",
            "recommendations[raise-adoption].priority, RECOMMENDATIONS",
            "uncertainty.npv.p10, RANGES", "uncertainty, RANGES", "sensitivity.breakEven[0].value, RANGES",
            "financials.adjustments[1].amount, OTHER", "financials.costBreakdown[0].amount, OTHER", "profile.industry, OTHER",
            "trace[3].rule, OTHER", "title, OTHER", "caseIdentity, OTHER", "verdicts, OTHER", "findingsNote, OTHER"})
    void eachPath_hasItsSection(String path, ReportSection section) {
        assertThat(ReportSection.of(path)).isEqualTo(section);
    }

    @Test
    void diffJson_aValueAbsentFromOneReport_leavesItsKeyOut() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree("{\"currency\":\"CNY\",\"verdict\":{\"grade\":\"positive\"}}");
        JsonNode b = m.readTree("{\"currency\":\"CNY\",\"verdict\":{\"grade\":\"positive\",\"confidence\":\"low\"}}");
        assertThat(ReportDiff.between(a, b).json().get("verdict").toString())
                .isEqualTo("[{\"path\":\"confidence\",\"b\":\"low\"}]");
    }

    @Test
    void verifyAndDiff_putAChangeInTheSameSection() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree("{\"currency\":\"CNY\",\"financials\":{\"tco\":{\"firstYearCost\":100}},\"uncertainty\":{\"draws\":0}}");
        JsonNode b = m.readTree("{\"currency\":\"CNY\",\"financials\":{\"tco\":{\"firstYearCost\":120}},\"uncertainty\":{\"draws\":500}}");

        assertThat(ReportChanges.between(a, b).render("report", "now")).isEqualTo("""
                Figures (1):
                  financials.tco.firstYearCost: report 100 vs now 120
                Ranges (sensitivity, Monte Carlo) (1):
                  uncertainty.draws: report 0 vs now 500
                """);
        assertThat(ReportDiff.between(a, b).text("a.json", "b.json")).isEqualTo("""
                Differences from a.json (A) to b.json (B):
                Figures:
                  tco.firstYearCost: 100 → 120 (+20)
                Ranges (sensitivity, Monte Carlo):
                  uncertainty.draws: 0 → 500 (+500)
                """);
        assertThat(ReportDiff.between(a, b).json().get("ranges").toString())
                .isEqualTo("[{\"path\":\"uncertainty.draws\",\"a\":0,\"b\":500,\"delta\":500}]");
    }
}

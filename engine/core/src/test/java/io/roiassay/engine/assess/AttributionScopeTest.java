package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import io.roiassay.engine.report.ReportSensitivity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where attribution applies (method-practice.md, "Attribution": the correction for a pre/post delta when other
 * initiatives ran; controlled evidence has already isolated the CRM) and what the report says when no share could
 * make the case pay. A practitioner's review found the CRM's share drawn and named in headlines of cases that list
 * no initiative, and mistake/full-attribution raised on controlled evidence.
 */
class AttributionScopeTest {

    private static final String HEAD = """
            format: roi-assay/case-1
            id: attribution-scope
            currency: USD
            company: { industry: technology, employees: 200, annualRevenue: 30000000, grossMarginRate: 0.6 }
            deployment: { model: saas }
            horizon: { years: 3 }
            costCoverage: all-in
            costs:
              - { id: sub, category: subscription, amount: 100000, recurrence: annual }
              - { id: impl, category: implementation, amount: 50000 }
            """;

    private static Report assess(String yaml) throws Exception {
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "attribution-scope.yaml", false), "en",
                new AssessOptions(1_000, 1));
    }

    private static Report measured(String amount, String attribution) throws Exception {
        return assess(HEAD + "benefits:\n  - { id: uplift, basis: gross-profit, amount: " + amount
                + ", recurrence: annual, source: measured }\n" + attribution);
    }

    @Test
    void noInitiativesAndNoShare_noAttributionStep_soTheShareIsNeitherDrawnNorNamed() throws Exception {
        Report r = measured("140000", "");

        assertThat(r.financials().adjustments()).extracting(a -> a.step()).doesNotContain("attribution");
        assertThat(r.uncertainty().ranges()).doesNotContainKey("crmShare");
        assertThat(r.sensitivity().tornado()).extracting(ReportSensitivity.TornadoBar::driver).doesNotContain("crmShare");
        assertThat(r.sensitivity().breakEven()).extracting(ReportSensitivity.BreakEven::driver).doesNotContain("crmShare");
        assertThat(r.verdict().headline()).doesNotContain("share");
    }

    @Test
    void aStatedShareWithoutInitiatives_isStillApplied() throws Exception {
        Report r = measured("140000", "attribution: { crmShare: 0.6 }\n");

        // 140,000 × 0.95 (measured: riskAdjustment.benefits.measured) × 0.6 = 79,800 a year, 239,400 over 3 years
        assertThat(r.financials().adjusted().totalBenefits()).isEqualByComparingTo("239400.00");
        assertThat(r.uncertainty().ranges()).containsKey("crmShare");
    }

    @Test
    void controlledEvidence_withInitiativesListed_isNotAFullAttributionMistake() throws Exception {
        Report r = assess(HEAD + "benefits:\n  - { id: ab, basis: gross-profit, amount: 140000, recurrence: annual,"
                + " source: controlled }\nattribution: { concurrentInitiatives: [new market] }\n");

        assertThat(r.findings()).extracting(ReportFinding::code).doesNotContain("mistake/full-attribution");
        assertThat(r.verdict().grade()).isNotEqualTo("unproven");
        assertThat(r.uncertainty().ranges()).doesNotContainKey("crmShare");
    }

    @Test
    void initiativesWithoutShare_thatPayAtNoShare_sayNoShareBreaksEven() throws Exception {
        Report r = measured("120000", "attribution: { concurrentInitiatives: [new sales hires, new market] }\n");

        // benefits 120,000 × 0.95 = 114,000 a year; costs: the implementation × 1.10 (estimated) = 55,000 now, the
        // subscription × 1.05 (contracted) = 105,000 a year in arrears. At 10 %, the 3-year annuity factor is
        // 2.486852: PV benefits 283,501.13, PV costs 55,000 + 261,119.46 = 316,119.46.
        assertThat(r.financials().adjusted().npv()).isEqualByComparingTo("-32618.33");
        assertThat(r.verdict().grade()).isEqualTo("unproven");
        assertThat(r.verdict().rule().name())
                .isEqualTo("Unproven: other initiatives ran, the share is not given, and no share makes it pay");
        assertThat(r.verdict().headline()).isEqualTo("Unproven: other initiatives ran at the same time and no share"
                + " of the growth is credited to the CRM; even if all of it were the CRM's, the adjusted NPV would be"
                + " -32,618.33 USD (discounted ROI -10.32%), so no share makes the investment break even.");
        assertThat(r.sensitivity().breakEven()).extracting(ReportSensitivity.BreakEven::driver).doesNotContain("crmShare");
        assertThat(r.findings()).extracting(ReportFinding::code).contains("mistake/full-attribution");
    }

    @Test
    void initiativesWithoutShare_thatPayAtSomeShare_giveThatShare() throws Exception {
        Report r = measured("140000", "attribution: { concurrentInitiatives: [new market] }\n");

        assertThat(r.verdict().rule().name()).isEqualTo("Unproven: other initiatives ran and the CRM's share is not given");
        // PV costs 316,119.46; PV of 140,000 × 0.95 a year is 330,751.32: NPV 0 at a share of 0.9558
        assertThat(r.sensitivity().breakEven()).filteredOn(b -> b.driver().equals("crmShare"))
                .singleElement().satisfies(b -> assertThat(b.value()).isEqualByComparingTo(new BigDecimal("0.9558")));
    }
}

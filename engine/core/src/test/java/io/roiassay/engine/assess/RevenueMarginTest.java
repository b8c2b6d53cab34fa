package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.HtmlReportWriter;
import io.roiassay.engine.report.MarkdownReportWriter;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinancials;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What revenue is worth (method-practice.md, "Revenue to profit"): banks and insurers have no cost-of-goods gross
 * margin, so their revenue growth is converted at the profile's revenue margin even when the case states a gross
 * margin; a practitioner's review found a bank's deposit growth counted at a stated 55 % and graded strong.
 */
class RevenueMarginTest {

    private static Report assess(String industry, String company) throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: revenue-margin
                currency: USD
                company: { industry: %s, employees: 3000, annualRevenue: 5000000000%s }
                deployment: { model: saas }
                horizon: { years: 3 }
                costCoverage: all-in
                costs:
                  - { id: sub, category: subscription, amount: 400000, recurrence: annual }
                benefits:
                  - { id: growth, basis: revenue, amount: 20000000, recurrence: annual, source: measured }
                """.formatted(industry, company);
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "revenue-margin.yaml", false), "en",
                AssessOptions.NO_DRAWS);
    }

    private static ReportFinancials.Adjustment margin(Report r) {
        return r.financials().adjustments().stream().filter(a -> a.step().equals("gross-margin")).findFirst()
                .orElseThrow();
    }

    @Test
    void aBank_convertsRevenueAtItsNetInterestMargin_notAStatedGrossMargin() throws Exception {
        Report r = assess("银行", ", grossMarginRate: 0.55");

        assertThat(margin(r).factor()).isEqualTo("0.02");
        assertThat(margin(r).assumption()).isEqualTo("revenueMarginRate");
        // 20,000,000 × 0.02 × 0.95 (measured: riskAdjustment.benefits.measured) = 380,000 a year, 3 years
        assertThat(r.financials().adjusted().totalBenefits()).isEqualByComparingTo("1140000.00");
        ReportFinding f = r.findings().stream().filter(x -> x.code().equals("data/missing-margin")).findFirst()
                .orElseThrow();
        assertThat(f.message()).isEqualTo("Revenue-based benefits (benefits[0]) are turned into profit at the finance"
                + " profile's revenueMarginRate = 0.02, not at the stated company.grossMarginRate of 0.55: the revenue"
                + " of a bank or insurer (deposits, loans, premiums) has no cost-of-goods gross margin and is worth a"
                + " net interest or underwriting margin of a few percent. Give the company's own with"
                + " assumptions.values.revenueMarginRate.");
        // at the stated 55 % it would be strong; at 2 %: 380,000 a year against the subscription 400,000 × 1.05
        // (a contracted fee) = 420,000: ROI −40,000 ÷ 420,000 = −9.52 %, inside the marginal band (down to −10 %)
        assertThat(r.financials().adjusted().roiPercent()).isEqualByComparingTo("-9.52");
        assertThat(r.verdict().grade()).isEqualTo("marginal");
    }

    @Test
    void aBank_thatGivesItsOwnRevenueMargin_isConvertedAtIt() throws Exception {
        Report r = assess("finance", ", grossMarginRate: 0.55 }\nassumptions: { values: { revenueMarginRate: 0.025 }");

        assertThat(margin(r).factor()).isEqualTo("0.025");
        // 20,000,000 × 0.025 × 0.95 = 475,000 a year
        assertThat(r.financials().adjusted().totalBenefits()).isEqualByComparingTo("1425000.00");
    }

    @Test
    void aRetailer_keepsItsStatedGrossMargin() throws Exception {
        Report r = assess("retail", ", grossMarginRate: 0.3");

        assertThat(margin(r).factor()).isEqualTo("0.3");
        assertThat(margin(r).assumption()).isEqualTo("company.grossMarginRate");
        assertThat(r.findings()).extracting(ReportFinding::code).doesNotContain("data/missing-margin");
    }

    @Test
    void aBanksMarginDriver_isNamedTheRevenueMarginItMoves_inTheTablesAndTheWaterfall() throws Exception {
        Report r = assess("银行", ", grossMarginRate: 0.55");

        // The tornado's margin row moves revenueMarginRate (0.02), not the stated 55 % gross margin.
        assertThat(r.sensitivity().tornado()).extracting(t -> t.driver()).contains("grossMarginRate");
        String md = MarkdownReportWriter.render(r);
        // named for the margin a bank has (review: "net interest or underwriting margin" left the reader to choose)
        assertThat(md).contains("| net interest margin (revenue margin rate) | ")
                .doesNotContain("| gross margin rate |");
        assertThat(HtmlReportWriter.render(r)).contains("revenue to profit at the revenue margin")
                .doesNotContain("revenue to gross profit");
    }

    @Test
    void aRetailersMarginDriver_staysTheGrossMargin() throws Exception {
        Report r = assess("retail", ", grossMarginRate: 0.3");

        assertThat(MarkdownReportWriter.render(r)).contains("| gross margin rate | ")
                .doesNotContain("revenue margin rate");
        assertThat(HtmlReportWriter.render(r)).contains("revenue to gross profit");
    }
}

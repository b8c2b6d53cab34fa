package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Total revenue growth beside the revenue of customers retained: the customers who stayed are inside revenue after
 * go-live, so the retention line is the same money again (a practitioner's review: 34 % of a case's adjusted
 * benefits). The retention line is dropped before the verdict, the total kept.
 */
class RetentionInRevenueTest {

    private static final String CASE = """
            format: roi-assay/case-1
            id: retention
            currency: USD
            company: {industry: logistics, employees: 900, annualRevenue: 210000000, grossMarginRate: 0.2}
            deployment: {model: saas}
            horizon: {years: 3, discountRate: 0.10}
            costs:
              - {id: sub, category: subscription, amount: 100000, recurrence: annual}
              - {id: impl, category: implementation, amount: 150000, recurrence: once, includes: [data-migration, training, integration, change-management]}
              - {id: staff, category: internal-staff, amount: 30000, recurrence: once}
              - {id: admin, category: maintenance, amount: 10000, recurrence: annual}
            kpis:
              sales:
                source: measured
                before: {revenue: 210000000}
                after: {revenue: 212000000}
              service:
                source: measured
                before: {churnRate: 12, customers: 3000, customerAnnualValue: 70000}
                after: {churnRate: 11.5, customers: 3000, customerAnnualValue: 70000}
            """;

    private static Report assess(String lang) throws Exception {
        return Examples.assay().engine().assess(new CaseReader().read(CASE, "retention.yaml", false), lang, AssessOptions.NO_DRAWS);
    }

    @Test
    void retentionBesideTotalRevenue_isDropped_andTheTotalKept() throws Exception {
        Report r = assess("en");

        ReportFinding f = r.findings().stream().filter(x -> x.code().equals("mistake/double-counting")).findFirst().orElseThrow();
        assertThat(f.rule().name()).isEqualTo("Retained customers counted beside the total revenue that holds them");
        assertThat(f.evidence()).containsEntry("growthLines", List.of("revenue-growth")).containsEntry("retentionLines", List.of("retention"));
        assertThat(f.message()).isEqualTo("Both the change of total revenue (revenue-growth) and the revenue of the customers"
                + " retained or lost (retention) are counted. Total revenue after go-live already holds the customers who"
                + " stayed and lacks those who left; the adjusted figures drop the retention line and keep the total.");
        // retention: 3,000 × (12 − 11.5) / 100 × 70,000 × 0.2 = 210,000 a year, 630,000 over 3 years: dropped
        assertThat(r.financials().adjustments()).anySatisfy(s -> {
            assertThat(s.finding()).isEqualTo("mistake/double-counting");
            assertThat(s.benefitsDelta()).isEqualByComparingTo("-630000");
        });
        // kept: 2,000,000 × 0.2 = 400,000 a year × 0.95 (measured) = 380,000; PV at 10 %: × 2.4868520 = 945,003.76
        // costs: 165,000 + 33,000 (one-off, +10 %) + (105,000 + 10,500) × 2.4868520 = 485,231.40; NPV 459,772.35
        // (the PVs unrounded), ROI 94.75 %
        assertThat(r.financials().adjusted().totalBenefits()).isEqualByComparingTo("1140000");
        assertThat(r.financials().adjusted().npv()).isEqualByComparingTo("459772.35");
        assertThat(r.financials().adjusted().roiPercent()).isEqualByComparingTo("94.75");
        assertThat(assess("zh-CN").findings().stream().filter(x -> x.code().equals("mistake/double-counting")).findFirst()
                .orElseThrow().message()).startsWith("既计算了总收入的变化（revenue-growth），又计算了留住或流失的客户带来的收入（retention）");
        // the finding says what was done: no "keep the one with the better evidence" advice for it
        assertThat(r.recommendations()).noneMatch(x -> x.code().equals("count-each-gain-once"));
    }
}

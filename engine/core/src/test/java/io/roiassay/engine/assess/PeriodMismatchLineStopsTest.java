package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription that stops before the benefits while another recurring line runs on (a practitioner's review: a
 * 500-a-year admin line running all 5 years hid a subscription entered for 2, graded strong at 142.22 %): the
 * subscription alone is continued, before the verdict.
 */
class PeriodMismatchLineStopsTest {

    private static Report assess(String subscriptionEnd, String consultingLine, String lang) throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: x1
                currency: USD
                company: {industry: technology, employees: 40}
                deployment: {model: saas}
                horizon: {years: 5, discountRate: 0.10}
                costs:
                  - {id: sub, category: subscription, amount: 10000, recurrence: annual%s, timing: advance}
                  - {id: impl, category: implementation, amount: 5000, recurrence: once, includes: [training, data-migration]}
                  - {id: staff, category: internal-staff, amount: 2000, recurrence: once}
                  - {id: admin, category: maintenance, amount: 500, recurrence: annual}
                %s
                benefits:
                  - {id: gp, basis: gross-profit, amount: 20000, recurrence: annual, source: measured}
                """.formatted(subscriptionEnd, consultingLine);
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "x1.yaml", false), lang, AssessOptions.NO_DRAWS);
    }

    @Test
    void subscriptionStoppingBesideALongerAdminLine_isContinued_andTheVerdictGradesTheCorrectedCost() throws Exception {
        Report r = assess(", endYear: 2", "", "en");

        ReportFinding f = r.findings().stream().filter(x -> x.code().equals("mistake/period-mismatch")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo("major");
        assertThat(f.rule().name()).isEqualTo("A subscription, licence or maintenance line stops before the benefits,"
                + " while other recurring costs go on");
        assertThat(f.evidence()).containsEntry("costLines", List.of("costs[0]")).containsEntry("lastBenefitPeriod", 5);
        assertThat(f.message()).isEqualTo("costs[0] (subscription) stops before the benefits do, while they and the"
                + " other recurring costs run to period 5: the later benefits are counted without the subscription or"
                + " support that produces them. The line is continued at its last yearly amount; if the service really"
                + " ends, end the benefits it produces there too.");
        // 3 more years of 10,000, paid in advance at t = 2, 3, 4
        assertThat(r.financials().adjustments()).anySatisfy(s -> {
            assertThat(s.finding()).isEqualTo("mistake/period-mismatch");
            assertThat(s.costsDelta()).isEqualByComparingTo("30000");
        });
        // PV(costs) = 10,500 × (1 + 1/1.1 + 1/1.1² + 1/1.1³ + 1/1.1⁴) = 43,783.59 (subscription, +5 % contracted)
        //           + 5,500 + 2,200 (one-off estimates, +10 %) + 525 × 3.790787 = 1,990.16 (admin) = 53,473.75
        // PV(benefits) = 20,000 × 0.95 (measured) × 3.790787 = 72,024.95; NPV 18,551.20; ROI 34.69 %
        assertThat(r.financials().adjusted().npv()).isEqualByComparingTo("18551.20");
        assertThat(r.financials().adjusted().roiPercent()).isEqualByComparingTo("34.69");
        assertThat(r.verdict().grade()).isEqualTo("positive");
        assertThat(assess(", endYear: 2", "", "zh-CN").findings().stream().filter(x -> x.code().equals("mistake/period-mismatch"))
                .findFirst().orElseThrow().message()).startsWith("costs[0]（订阅费）在收益结束之前就停止了");
    }

    @Test
    void aConsultingRetainerEndingEarlyBesideARunningSubscription_isLeftAsEntered() throws Exception {
        Report r = assess("", "  - {id: advice, category: consulting, amount: 3000, recurrence: annual, endYear: 2}", "en");
        assertThat(r.findings()).noneMatch(x -> x.code().equals("mistake/period-mismatch"));
        assertThat(r.financials().adjustments()).noneMatch(x -> "mistake/period-mismatch".equals(x.finding()));
    }
}

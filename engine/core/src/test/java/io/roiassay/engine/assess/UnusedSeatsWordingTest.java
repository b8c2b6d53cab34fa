package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mistake/unused-seats says what idle seats cost in the way they were paid for: a subscription's idle seats are a
 * yearly cost the company can stop; licences bought outright save nothing when dropped, so their price is only
 * spread over the horizon.
 */
class UnusedSeatsWordingTest {

    private static final String CASE = """
            format: roi-assay/case-1
            id: idle-seats
            currency: CNY
            company: { industry: retail, employees: 300, annualRevenue: 80000000, grossMarginRate: 0.30 }
            deployment: { model: saas, licensedUsers: 50, activeUsers: 40 }
            horizon: { years: 3 }
            costs:
              - { id: seats, category: %s, amount: 60000, recurrence: %s }
              - { id: rollout, category: implementation, amount: 40000 }
              - { id: courses, category: training, amount: 8000 }
              - { id: move, category: data-migration, amount: 6000 }
              - { id: links, category: integration, amount: 10000 }
              - { id: change, category: change-management, amount: 5000 }
              - { id: staff, category: internal-staff, amount: 12000 }
              - { id: upkeep, category: maintenance, amount: 3000, recurrence: annual }
            benefits:
              - { id: saving, basis: cost-saving, amount: 90000, recurrence: annual, source: measured }
            """;

    /** The case's unused-seats finding, an info whose yearly cost of the idle seats is {@code yearlyCost}. */
    private static ReportFinding seats(String category, String recurrence, String yearlyCost) throws Exception {
        Report r = Examples.assay().engine().assess(new CaseReader().read(CASE.formatted(category, recurrence),
                "seats.yaml", false), "en", AssessOptions.NO_DRAWS);
        ReportFinding f = r.findings().stream().filter(x -> x.code().equals("mistake/unused-seats")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo("info");
        assertThat((BigDecimal) f.evidence().get("unusedSeatsYearlyCost")).isEqualByComparingTo(yearlyCost);
        return f;
    }

    @Test
    void subscription_idleSeatsAreAYearlyCostTheCompanyCanStop() throws Exception {
        // 60,000 a year for 3 years = 180,000 ÷ 3 years ÷ 50 seats = 1,200.00 per seat and year; 10 idle: 12,000.00
        ReportFinding f = seats("subscription", "annual", "12000.00");
        assertThat(f.message()).isEqualTo("10 of 50 paid-for seats are not used (40 active): at 1,200.00 CNY per seat"
                + " and year that is 12,000.00 CNY a year of licence or subscription cost buying nothing.");
        assertThat(f.rule().name()).isEqualTo("Paid-for seats nobody uses");
    }

    @Test
    void licenceBoughtOutright_droppingSeatsReturnsNoPrice_thePriceIsSpreadOverTheHorizon_perLicenceMaintenanceCanShrink() throws Exception {
        // 60,000 once ÷ 3 years ÷ 50 seats = 400.00 per seat and year; 10 idle: 4,000.00 a year
        ReportFinding f = seats("license", "once", "4000.00");
        assertThat(f.message()).isEqualTo("10 of 50 licensed seats are not used (40 active). The licences were bought"
                + " outright, so dropping them now does not return their price; spread over the horizon they are"
                + " 4,000.00 CNY a year (400.00 CNY per seat) of licence cost buying nothing: give the idle seats to"
                + " staff who need them, buy fewer when adding licences, and where maintenance is priced per licence,"
                + " renew it for the seats in use only, which saves their share of it every year.");
        assertThat(f.rule().name()).isEqualTo("Bought licences nobody uses");
    }
}

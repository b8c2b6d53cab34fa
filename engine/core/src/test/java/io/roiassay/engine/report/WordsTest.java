package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a report shows for codes: what an adjustment step applies to. */
class WordsTest {

    /** Financials whose cost breakdown has an estimate for maintenance only (the rest entered). */
    private static final ReportFinancials MAINTENANCE_ESTIMATED = new ReportFinancials(3, new BigDecimal("0.10"), null, null,
            List.of(), List.of(new ReportFinancials.CostCategoryLine("implementation", new BigDecimal("450000.00"), null, null),
                    new ReportFinancials.CostCategoryLine("maintenance", BigDecimal.ZERO, new BigDecimal("27000.00"),
                            "hidden-cost/maintenance")), List.of());

    @Test
    void target_costRiskStep_linesByIdEvenWhenTheIdIsACategoryName_estimatesByCategoryWord() {
        // implementation is a line whose id is also a category's name; servers a line whose id is not;
        // maintenance is the hidden-cost estimate, which has no id of its own
        String target = "implementation, servers, maintenance";
        assertThat(Words.target("zh-CN", "risk-costs", target, MAINTENANCE_ESTIMATED))
                .isEqualTo("implementation、servers、维护与技术支持");
        assertThat(Words.target("en", "risk-costs", target, MAINTENANCE_ESTIMATED))
                .isEqualTo("implementation, servers, maintenance");
    }

    @Test
    void target_hiddenCostStep_isTheCategoryWord() {
        assertThat(Words.target("zh-CN", "hidden-cost", "maintenance", MAINTENANCE_ESTIMATED)).isEqualTo("维护与技术支持");
        assertThat(Words.target("en", "hidden-cost", "maintenance", MAINTENANCE_ESTIMATED)).isEqualTo("maintenance");
    }

    @Test
    void target_benefitLines_separatedAsTheLanguageLists() {
        assertThat(Words.target("zh-CN", "attribution", "deal-volume, deal-size, retention", MAINTENANCE_ESTIMATED))
                .isEqualTo("deal-volume、deal-size、retention");
        assertThat(Words.target("en", "attribution", "deal-volume, deal-size, retention", MAINTENANCE_ESTIMATED))
                .isEqualTo("deal-volume, deal-size, retention");
    }

    @Test
    void target_entryLineWhoseIdIsACategory_staysItsId_notTheCategoryWord() {
        // vendor-claim-audit's one entered line is called subscription; it is named as the case names it
        assertThat(Words.target("zh-CN", "risk-costs", "subscription", MAINTENANCE_ESTIMATED)).isEqualTo("subscription");
        assertThat(Words.target("zh-CN", "risk-costs", "all", MAINTENANCE_ESTIMATED)).isEqualTo("全部成本");
    }

    @Test
    void markdown_zhCN_tcmPharma_costRiskStepNamesEveryLineAlike() throws Exception {
        // tcm-pharma-service: lines implementation … training have ids equal to category names, servers, change and
        // staff-time do not; before, the first four were translated and the last three were not
        Report r = Examples.assay().engine().assess(Examples.read("tcm-pharma-service.yaml"), "zh-CN");
        String md = MarkdownReportWriter.render(r);
        assertThat(md).contains("| implementation、data-migration、integration、training、servers、change、staff-time | 1.10 |")
                .contains("| licence、maintenance | 1.05 |")
                .contains("| agent-productivity、retention | 0.7 |");
    }
}

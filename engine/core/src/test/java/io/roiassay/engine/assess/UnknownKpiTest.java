package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** KPIs no installed plugin reads are reported per plugin key, with their paths. */
class UnknownKpiTest {

    @Test
    void assess_misspeltAndUnknownPluginKpis_oneFindingPerPluginWithPaths() throws Exception {
        var c = new CaseReader().read("""
                {"format":"roi-assay/case-1","id":"typo","currency":"USD","company":{"industry":"retail"},
                 "costs":[{"category":"subscription","amount":1000,"recurrence":"annual"}],
                 "kpis":{"sales":{"before":{"closedDeal":1,"revenue":100},"after":{"closedDeal":2,"revenue":120}},
                         "loyalty":{"before":{"members":1},"after":{"members":2}}}}
                """, "typo.json", true);
        List<ReportFinding> unknown = Examples.assay().engine().assess(c, "en").findings().stream()
                .filter(f -> f.code().equals("data/unknown-kpi")).toList();
        assertThat(unknown).hasSize(2);
        assertThat(unknown).anySatisfy(f -> {
            assertThat(f.evidence()).containsEntry("plugin", "sales").containsEntry("kpis", List.of("kpis.sales.closedDeal"));
            assertThat(f.message()).startsWith("kpis.sales.closedDeal: the sales plugin reads no such input");
        });
        assertThat(unknown).anySatisfy(f -> assertThat(f.message()).contains("no metric plugin with the id loyalty"));
    }
}

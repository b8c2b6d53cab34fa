package io.roiassay.engine.caseio;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.model.Case;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** KPI values against the ranges the plugins declare, in the reader (with lines) and in the engine. */
class KpiRangesTest {

    private static RoiAssay assay;

    private static final String CASE = """
            format: roi-assay/case-1
            id: ranges
            currency: USD
            company: { industry: retail }
            costs:
              - { id: licence, category: license, amount: 1000, recurrence: annual }
            kpis:
              sales:
                before: { winRate: 20, reps: -3, profitMargin: -20 }
                after:  { winRate: 101.5, reps: 10, repAdminHoursPerWeek: 200 }
              service:
                before: { nps: -100 }
                after:  { nps: -101 }
              nobody:
                before: { anything: -5 }
            """;

    @BeforeAll
    static void load() throws Exception {
        assay = RoiAssay.builder().build();
    }

    @Test
    void theEnginesReaderReportsEveryOutOfRangeValueWithItsLineAndNothingElse() {
        assertThatThrownBy(() -> assay.reader().read(CASE, "c.yaml", false))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.errors()).extracting(CaseError::toString)
                        .containsExactly(
                                "c.yaml:9:28: kpis.sales.before.reps: -3 is below the minimum 0 (a count)",
                                "c.yaml:10:41: kpis.sales.after.repAdminHoursPerWeek: 200 is above the maximum 168 (a duration in hours)",
                                "c.yaml:10:15: kpis.sales.after.winRate: 101.5 is above the maximum 100 (a percentage, written 0..100)",
                                "c.yaml:13:15: kpis.service.after.nps: -101 is below the minimum -100 (a percentage, written 0..100)"));
    }

    @Test
    void aReaderWithoutPluginsChecksNoRangesButTheEngineStillRefusesTheCase() throws Exception {
        Case c = new CaseReader().read(CASE, "c.yaml", false);

        assertThatThrownBy(() -> assay.engine().assess(c))
                .isInstanceOf(IllegalArgumentException.class)
                .hasCauseInstanceOf(CaseException.class)
                .hasMessageContaining("case 'ranges': kpis.sales.before.reps: -3 is below the minimum 0 (a count)");
    }

    @Test
    void valuesOnTheBoundsAreWithinRange() throws Exception {
        Case c = new CaseReader().read(CASE.replace("101.5", "100").replace("reps: -3", "reps: 0")
                .replace("200", "168").replace("nps: -101", "nps: 100"), "c.yaml", false);

        KpiRanges.of(assay.engine().plugins().stream().map(p -> p.descriptor()).toList()).check(c, "c.yaml");
    }

    @Test
    void aRangeDeclaredByAPluginIsCheckedWhateverItsUnitsDefault() throws Exception {
        PluginDescriptor d = new PluginDescriptor("nobody", "1", Text.of("N", "N"),
                List.of(KpiInput.optional("anything", Unit.CURRENCY, Text.of("a", "a"))
                        .withRange(new BigDecimal("-4"), null)), List.of(), List.of());
        Case c = new CaseReader().read(CASE, "c.yaml", false);

        assertThatThrownBy(() -> KpiRanges.of(List.of(d)).check(c, "c.yaml"))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.errors()).extracting(CaseError::toString)
                        .containsExactly("c.yaml: kpis.nobody.before.anything: -5 is below the minimum -4"
                                + " (an amount in the case's currency)"));
    }
}

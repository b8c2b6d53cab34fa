package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.RuleRef;
import io.roiassay.plugin.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The corrections findings ask for, computed by hand. */
class CorrectionsTest {

    private static List<BigDecimal> flow(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    private static Finding finding(String code, String correction, List<String> targets) {
        return new Finding(code, "major", new RuleRef("r", "mistakes/x.drl")).correct(correction, targets);
    }

    private static BenefitLine line(String origin, String id, String... amounts) {
        return new BenefitLine(id, "p", origin, origin + "-label", "gross-profit", "measured", "annual",
                Text.of("f", "f"), Map.of(), null, flow(amounts), false, false, "measured", "revenue-growth", null, "company");
    }

    @Test
    void periodMismatch_oneYearOfSubscriptionIsContinuedToTheLastBenefitYear() {
        // subscription 180 000 in year 1 only, benefits to year 3: + 180 000 in years 2 and 3
        var f = finding("mistake/period-mismatch", "extend-recurring-costs", List.of("costs[0]"));
        var out = Corrections.extend(f, List.of(flow("0", "180000", "0", "0")), 3, 3, Map.of(), "USD");
        assertThat(out).singleElement().satisfies(c -> {
            assertThat(c.flow()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                    BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("180000"), new BigDecimal("180000"));
            assertThat(c.finding()).isEqualTo("mistake/period-mismatch");
            assertThat(c.assumption()).isEqualTo("costs[0].endYear");
            assertThat(c.factor()).isEqualTo("180,000.00 × 2");
            assertThat(c.kind()).isEqualTo("correction");
            assertThat(c.description().in("en")).isEqualTo("costs[0] continued to period 3, as long as the benefits it pays for");
        });
    }

    @Test
    void periodMismatch_namesTheLineByItsId_andShowsTheAmountAsTheReportShowsMoney() {
        var f = finding("mistake/period-mismatch", "extend-recurring-costs", List.of("costs[1]"));
        var out = Corrections.extend(f, List.of(flow("5", "0", "0", "0"), flow("0", "1234567.5", "0", "0")), 3, 3,
                Map.of("costs[1]", "subscription"), "CNY");
        assertThat(out).singleElement().satisfies(c -> {
            assertThat(c.description().in("en")).isEqualTo("subscription continued to period 3, as long as the benefits it pays for");
            assertThat(c.description().in("zh-CN")).isEqualTo("subscription 延续到第 3 期，与其支撑的收益期间一致");
            assertThat(c.factor()).isEqualTo("1,234,567.50 × 2");
            assertThat(c.target()).isEqualTo("costs[1]"); // the plan keeps the path; the report step names the id
            assertThat(c.assumption()).isEqualTo("costs[1].endYear");
        });
    }

    @Test
    void recurringCostEnteredOnce_isPaidOncePerYearOfTheHorizon() {
        // 120 000 once in period 0 over 3 years: N payments for N years → + 120 000 in periods 1 and 2
        var f = finding("mistake/recurring-cost-counted-once", "repeat-once-costs", List.of("costs[1]"));
        var out = Corrections.repeat(f, List.of(flow("5", "0", "0", "0"), flow("120000", "0", "0", "0")), 3,
                Map.of("costs[1]", "maintenance-contract"), "JPY");
        assertThat(out).singleElement().satisfies(c -> {
            assertThat(c.flow()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(BigDecimal.ZERO, new BigDecimal("120000"), new BigDecimal("120000"), BigDecimal.ZERO);
            assertThat(c.description().in("en"))
                    .isEqualTo("maintenance-contract repeated for each year of the horizon (it is paid every year)");
            assertThat(c.factor()).isEqualTo("120,000 × 2"); // yen have no minor unit
        });
    }

    @Test
    void doubleCount_keepsTheSmallerSide_dropsTheLarger() {
        var stated = line("case", "stated", "0", "75000", "75000", "75000");             // 225 000
        var volume = line("plugin:sales", "deal-volume", "0", "100000", "100000", "100000"); // 300 000
        var f = finding("mistake/double-counting", "keep-smaller",
                List.of(stated.key(), "|", volume.key()));
        var dropped = Corrections.keepSmaller(f, List.of(stated, volume), Map.of());
        assertThat(dropped).containsOnlyKeys(volume.key());
        assertThat(dropped.get(volume.key()).value()).isEqualByComparingTo("0");
        assertThat(dropped.get(volume.key()).description().in("en")).contains("(stated) is kept");
    }

    @Test
    void doubleCount_namesTheKeptLines_separatedAsEachLanguageLists() {
        // acme-retail: the stated gross-profit line (225 000) against deal-volume + deal-size (120 000 + 60 000)
        var stated = line("case", "gross-profit-uplift", "0", "75000", "75000", "75000");
        var volume = line("plugin:sales", "deal-volume", "0", "40000", "40000", "40000");
        var size = line("plugin:sales", "deal-size", "0", "20000", "20000", "20000");
        var f = finding("mistake/double-counting", "keep-smaller", List.of(stated.key(), "|", volume.key(), size.key()));
        var why = Corrections.keepSmaller(f, List.of(stated, volume, size), Map.of()).get(stated.key()).description();
        assertThat(why.in("en")).isEqualTo("double count: dropped, the smaller figure as profit (deal-volume, deal-size) is kept");
        assertThat(why.in("zh-CN")).isEqualTo("重复计算：删除此项，保留按利润计金额较小的一项（deal-volume、deal-size）");
    }

    @Test
    void doubleCount_onATie_theStatedSideIsDropped() {
        var stated = line("case", "stated", "0", "100", "100", "100");
        var plugin = line("plugin:sales", "deal-size", "0", "100", "100", "100");
        var f = finding("mistake/double-counting", "keep-smaller", List.of(stated.key(), "|", plugin.key()));
        assertThat(Corrections.keepSmaller(f, List.of(stated, plugin), Map.of())).containsOnlyKeys(stated.key());
    }

    @Test
    void doubleCount_comparesRevenueAsProfit_atTheMargin() {
        // stated revenue 8 000 000 a year for 5 years = 40 000 000 of revenue; at a 24 % margin 9 600 000 of profit;
        // the plugin's line is already profit: 3 360 000 a year = 16 800 000. As profit the stated line is smaller.
        var stated = line("case", "sales-revenue-uplift", "0", "8000000", "8000000", "8000000", "8000000", "8000000");
        var growth = line("plugin:sales", "revenue-growth", "0", "3360000", "3360000", "3360000", "3360000", "3360000");
        var f = finding("mistake/double-counting", "keep-smaller", List.of(stated.key(), "|", growth.key()));
        var dropped = Corrections.keepSmaller(f, List.of(stated, growth), Map.of(stated.key(), new BigDecimal("0.24")));
        assertThat(dropped).containsOnlyKeys(growth.key());
        assertThat(dropped.get(growth.key()).description().in("en"))
                .isEqualTo("double count: dropped, the smaller figure as profit (sales-revenue-uplift) is kept");
        // without the margin the revenue would look larger and the profit line would be kept
        assertThat(Corrections.keepSmaller(f, List.of(stated, growth), Map.of())).containsOnlyKeys(stated.key());
    }
}

package io.roiassay.engine.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutiveSummaryTest {

    @Test
    void withRanges_verdictAsRange_topThreeDrivers_breakEven() {
        List<ExecutiveSummary.Sentence> s = ExecutiveSummary.of(HtmlReportFixtures.withRanges("en"));

        assertThat(s).extracting(ExecutiveSummary.Sentence::kind)
                .containsExactly("verdict", "range", "drivers", "breakEven", "breakEvenValues");
        // adjusted figures of the fixture: costs 311,000.00, benefits 385,000.00 → NPV 74,000.00, ROI 23.79 %
        assertThat(s.get(0).text()).isEqualTo(
                "Verdict: Positive (confidence medium). Adjusted discounted ROI 23.79%, NPV 74,000.00 EUR, payback 27.4 months.");
        // the adjusted 23.79 % lies inside P10-P90 but above the median 19.75 %: said, so nobody reads it as the middle
        assertThat(s.get(1).text()).isEqualTo("Over 10,000 draws of the uncertain assumptions (seed 1), ROI lies between 2.50%"
                + " (P10) and 38.10% (P90), median 19.75%; the probability that NPV is below zero is 1.10%. The adjusted ROI of"
                + " 23.79%, which takes every driver at the case's own value, lies above this median: the drawn ranges lean to"
                + " the downside of those values, so the median is the better middle.");
        assertThat(s.get(2).text()).isEqualTo("Largest effects on ROI: CRM's share of the gain from 50.00% to 90.00% moves ROI from"
                + " 5.80% (Marginal) to 44.50% (Strong); adoption rate from 60.00% to 85.00% moves ROI from 10.10% (Positive)"
                + " to 28.40% (Positive); discount rate from 6.00% to 15.00% moves ROI from 24.00% (Positive) to 15.20% (Positive).");
        assertThat(s.get(3).text()).isEqualTo("To break even: adjusted benefits may fall by 41.20% before NPV reaches zero.");
        // the share's break-even 41.20 % lies below its tornado range 50-90 %: said; benefitScale has no range here.
        // The fixture's current scale is written 1.0: shown ×1, as the scale every other row shows
        assertThat(s.get(4).text()).isEqualTo("NPV is zero when, all else unchanged, CRM's share of the gain is 41.20% (now 70.00%),"
                + " outside its range of 50.00% to 90.00%; benefits (scale) is ×0.588 (now ×1).");
    }

    @Test
    void noCost_roiUndefinedInEveryDraw_theRangeIsStatedInNpv_andNoDriverMovesAnUndefinedRoi() throws Exception {
        var c = new io.roiassay.engine.caseio.CaseReader().read("""
                format: roi-assay/case-1
                id: no-cost
                currency: CNY
                company: {industry: retail}
                costs: []
                benefits:
                  - {basis: gross-profit, amount: 100, recurrence: annual}
                """, "no-cost.yaml", false);
        Report r = io.roiassay.engine.Examples.assay().engine().assess(c, "en", io.roiassay.engine.assess.AssessOptions.DEFAULT);
        List<ExecutiveSummary.Sentence> s = ExecutiveSummary.of(r);

        assertThat(s).extracting(ExecutiveSummary.Sentence::kind).doesNotContain("drivers");
        assertThat(s.get(1).text()).startsWith("Over 10,000 draws of the uncertain assumptions (seed 1), ROI is undefined in"
                + " every draw (there is no cost to measure a return against); NPV lies between ")
                .doesNotContain("between undefined");
    }

    @Test
    void pointAboveP90_saysTheRangesLeanDown_andThePointIsTheOptimisticEnd() {
        // adjusted ROI 23.79 % against a band of 5.00 % to 20.00 %
        List<ExecutiveSummary.Sentence> s = ExecutiveSummary.of(HtmlReportFixtures.withRanges("en", band("5.00", "12.00", "20.00")));

        assertThat(s.get(1).text()).isEqualTo("Over 10,000 draws of the uncertain assumptions (seed 1), ROI lies between 5.00%"
                + " (P10) and 20.00% (P90), median 12.00%; the probability that NPV is below zero is 1.10%. The adjusted ROI of"
                + " 23.79%, which takes every driver at the case's own value, lies above P90: the drawn ranges lean to the downside of"
                + " those values, so the point estimate is the optimistic end of the outcomes and the median is the better middle.");
    }

    @Test
    void pointBelowP10_saysThePointIsThePessimisticEnd_inBothLanguages() {
        var band = band("30.00", "40.00", "50.00");

        assertThat(ExecutiveSummary.of(HtmlReportFixtures.withRanges("en", band)).get(1).text())
                .endsWith("The adjusted ROI of 23.79%, which takes every driver at the case's own value, lies below P10: the drawn"
                        + " ranges lean to the upside of those values, so the point estimate is the pessimistic end of the"
                        + " outcomes and the median is the better middle.");
        assertThat(ExecutiveSummary.of(HtmlReportFixtures.withRanges("zh-CN", band)).get(1).text())
                .endsWith("调整后的 ROI 为 23.79%（各因素均取案例自身的取值），低于 P10：抽样区间偏向这些取值的有利一侧，"
                        + "因此这一点估计是各种结果中偏保守的一端，中位数更能代表中间情况。");
    }

    @Test
    void pointOnTheBandsEdge_isInside_andOnlyTheMedianIsComparedWith() {
        // P90 exactly at the adjusted ROI: inside the band, above the median 12.00 %
        assertThat(ExecutiveSummary.of(HtmlReportFixtures.withRanges("en", band("5.00", "12.00", "23.79"))).get(1).text())
                .endsWith("the probability that NPV is below zero is 1.10%. The adjusted ROI of 23.79%, which takes every driver"
                        + " at the case's own value, lies above this median: the drawn ranges lean to the downside of those values,"
                        + " so the median is the better middle.");
    }

    @Test
    void pointAtTheMedian_addsNothing_andBelowIt_saysTheRangesLeanUp_inChineseWithoutAGap() {
        assertThat(ExecutiveSummary.of(HtmlReportFixtures.withRanges("en", band("5.00", "23.79", "30.00"))).get(1).text())
                .endsWith("the probability that NPV is below zero is 1.10%.");
        // zh sentences join without a space after the full stop
        assertThat(ExecutiveSummary.of(HtmlReportFixtures.withRanges("zh-CN", band("5.00", "25.00", "30.00"))).get(1).text())
                .endsWith("净现值小于零的概率为 1.10%。调整后的 ROI 为 23.79%（各因素均取案例自身的取值），低于该中位数："
                        + "抽样区间偏向这些取值的有利一侧，因此中位数更能代表中间情况。");
    }

    @Test
    void breakEvensAllOutsideTheirRanges_areSaidSoOnce_afterTheList() throws Exception {
        // seed-000: benefits ×0.6417 (range ×0.85–×1.15), costs ×1.5584 (×0.9–×1.2), discount rate 71.43 % (7–15 %)
        Report r = io.roiassay.engine.Examples.assay().engine().assess(
                io.roiassay.engine.Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "en",
                io.roiassay.engine.assess.AssessOptions.NO_DRAWS);

        assertThat(ExecutiveSummary.of(r)).filteredOn(x -> x.kind().equals("breakEvenValues")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("NPV is zero when, all else unchanged, benefits (scale) is"
                        + " ×0.6417 (now ×1); costs other than hidden-cost estimates (scale) is ×1.5584 (now ×1); discount rate"
                        + " is 71.43% (now 10.00%). Each of these values lies outside the range its driver is varied over in"
                        + " this report: no one driver moving within its plausible range brings NPV to zero."));
    }

    @Test
    void rangesThatVaryNothing_sayEveryDrawIsThePoint_andNameNoDriverThatDoesNotMove() throws Exception {
        // an uncertainty block of single values: 10,000 draws, all at the point (acme-retail's adjusted ROI)
        var c = new io.roiassay.engine.caseio.CaseReader().read(java.nio.file.Files.readString(
                io.roiassay.engine.Examples.dir().resolve("acme-retail.yaml")) + "\nuncertainty:\n  benefitScale: [1, 1, 1]\n",
                "acme-flat.yaml", false);
        Report r = io.roiassay.engine.Examples.assay().engine().assess(c, "en", io.roiassay.engine.assess.AssessOptions.DEFAULT);
        List<ExecutiveSummary.Sentence> s = ExecutiveSummary.of(r);

        assertThat(r.uncertainty().roiPercent().p10()).isEqualByComparingTo(r.financials().adjusted().roiPercent());
        assertThat(s).extracting(ExecutiveSummary.Sentence::kind).doesNotContain("drivers");
        assertThat(s.get(1).text()).isEqualTo("None of the uncertain assumptions varies in this report (every range is a single"
                + " value, or no range was given that applies to this case), so all 10,000 Monte Carlo draws equal the point"
                + " estimate: ROI " + Numbers.percent(r.financials().adjusted().roiPercent()) + ". The figures carry no spread;"
                + " the sensitivity section, where present, shows how far each driver may move.");
        // a one-value range is no span to measure a break-even against
        assertThat(s).filteredOn(x -> x.kind().equals("breakEvenValues")).singleElement()
                .satisfies(x -> assertThat(x.text()).doesNotContain("outside its range"));
    }

    private static ReportUncertainty.Percentiles band(String p10, String p50, String p90) {
        return new ReportUncertainty.Percentiles(new java.math.BigDecimal(p10), new java.math.BigDecimal(p50),
                new java.math.BigDecimal(p90));
    }

    @Test
    void withoutRanges_saysItIsAPointEstimate_andNamesNoDrivers() {
        List<ExecutiveSummary.Sentence> s = ExecutiveSummary.of(HtmlReportFixtures.threeYear());

        assertThat(s).extracting(ExecutiveSummary.Sentence::kind).containsExactly("verdict", "range");
        assertThat(s.get(1).text()).startsWith("No Monte Carlo draws were run for this report (draws: 0)")
                .contains("single point estimates");
    }

    @Test
    void zhCN_chineseWordsAndFullWidthPunctuation() {
        List<ExecutiveSummary.Sentence> s = ExecutiveSummary.of(HtmlReportFixtures.withRanges("zh-CN"));

        assertThat(s.get(0).text()).isEqualTo("结论：回报为正（可信度中）。调整后折现 ROI 为 23.79%，净现值 74,000.00 EUR，回收期：27.4 个月。");
        assertThat(s.get(2).text()).startsWith("对 ROI 影响最大的因素：CRM 的收益归因份额从 50.00% 变到 90.00%，ROI 从 5.80%（回报有限）变为 44.50%（回报显著）；");
        for (var sentence : s) {
            assertThat(sentence.text()).doesNotContainPattern("[\\u4e00-\\u9fff][(),:;]|[(,:;][\\u4e00-\\u9fff]")
                    .doesNotContain("positive", "marginal", "crmShare", "{");
        }
    }
}

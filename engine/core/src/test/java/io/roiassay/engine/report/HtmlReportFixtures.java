package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built reports for the HTML rendering tests: no engine, no rule pack. */
public final class HtmlReportFixtures {

    static final String TITLE = "Acme Retail CRM <script>alert(1)</script>";
    static final String HEADLINE = "Positive after corrections: simple ROI 23.79% over 3 years, not the claimed 150%";
    static final String TRICKY_MESSAGE = "Claim says \"ROI\" & 'margin' <b>differ</b>";

    private HtmlReportFixtures() {
    }

    /** A three-year report in English that pays back in 27.4 months (adjusted) and 16.8 months (entered). */
    public static Report threeYear() {
        return threeYear("en", new BigDecimal("16.8"), new BigDecimal("27.4"));
    }

    /** The same report in {@code lang} with the given payback months (null: never within the horizon). */
    public static Report threeYear(String lang, BigDecimal enteredPayback, BigDecimal adjustedPayback) {
        boolean zh = lang.startsWith("zh");
        ReportFigures entered = figures(enteredPayback, new String[][]{
                {"0", "120000", "0"}, {"1", "30000", "110000"}, {"2", "30000", "130000"}, {"3", "30000", "130000"}});
        ReportFigures adjusted = figures(adjustedPayback, new String[][]{
                {"0", "165000", "0"}, {"1", "52000", "95000"}, {"2", "47000", "140000"}, {"3", "47000", "150000"}});
        var financials = new ReportFinancials(3, new BigDecimal("0.08"), entered, adjusted,
                List.of(new ReportFinancials.Adjustment("hidden-costs", "costs", zh ? "加入隐性成本估算" : "Add hidden-cost estimates",
                                "", new BigDecimal("81000.00"), BigDecimal.ZERO, "hidden-cost/training", "hiddenCost.training.ratio",
                                null),
                        new ReportFinancials.Adjustment("ramp-up", "benefits", zh ? "第一年收益爬坡" : "Ramp-up in year 1",
                                "0.75", BigDecimal.ZERO, new BigDecimal("-27500.00"), null, "rampUp", null)),
                List.of(new ReportFinancials.CostCategoryLine("license", new BigDecimal("90000.00"), null, null),
                        new ReportFinancials.CostCategoryLine("implementation", new BigDecimal("120000.00"), null, null),
                        new ReportFinancials.CostCategoryLine("training", BigDecimal.ZERO.setScale(2),
                                new BigDecimal("24000.00"), "hidden-cost/training"),
                        new ReportFinancials.CostCategoryLine("data-migration", new BigDecimal("5000.00"),
                                new BigDecimal("21000.00"), "hidden-cost/data-migration")),
                List.of(new ReportFinancials.Definition("totalCosts", zh ? "总成本:全部成本之和,不折现" : "Total cost: undiscounted sum of all costs"),
                        new ReportFinancials.Definition("npv", zh ? "净现值:收益现值 − 成本现值" : "Net present value: PV(benefits) − PV(costs)"),
                        new ReportFinancials.Definition("roiPercent", zh ? "折现 ROI:净现值 ÷ 成本现值 × 100" : "Discounted ROI: NPV ÷ PV(costs) × 100"),
                        new ReportFinancials.Definition("paybackMonths", zh ? "回收期" : "Payback period in months")));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("leadsPerYear", new BigDecimal("1200"));
        inputs.put("winRateUplift", new BigDecimal("0.03"));
        var lines = List.of(
                new ReportBenefitLine("sales.win-rate", "plugin:sales@1.0.0", "measured", "2025-06", "margin", "leads × uplift × margin", inputs,
                        new BigDecimal("90000.00"), new BigDecimal("270000.00"), new BigDecimal("214000.00")),
                new ReportBenefitLine("case-benefit-0", "case:benefits[0]", "target", null, "cost-saving", "entered amount", Map.of(),
                        new BigDecimal("40000.00"), new BigDecimal("100000.00"), new BigDecimal("107500.00")));
        var findings = List.of(
                finding("hidden-cost/training", "warning", zh ? "未录入培训成本" : "No training cost entered",
                        new BigDecimal("24000.00"), "hidden-costs.drl"),
                finding("hidden-cost/data-migration", "warning", zh ? "数据迁移成本偏低" : "Data migration looks too low",
                        new BigDecimal("21000.00"), "hidden-costs.drl"),
                finding("mistake/claim-arithmetic", "error", TRICKY_MESSAGE, null, "mistakes.drl"),
                finding("data/missing-active-users", "info", zh ? "未给出活跃用户数" : "Active users not given", null, "data.drl"),
                finding("profile/industry-mapped", "info", zh ? "行业已映射为 retail" : "Industry mapped to retail", null, "profile.drl"),
                finding("plugin/marketing-failed", "error", zh ? "营销插件失败" : "The marketing plugin failed", null, "plugins.drl"));
        return new Report(Report.FORMAT, "acme-retail-2025", TITLE, "EUR", lang,
                new ReportProfile("retail", "Retail & e-commerce", "mid-size", "saas",
                        Map.of("adoptionThreshold", new ReportProfile.Assumption(new BigDecimal("0.7"), "profile retail"))),
                financials, null, null, lines,
                List.of(new ReportIndicator("service.csat", "plugin:service@1.0.0", zh ? "客户满意度" : "Customer satisfaction",
                        new BigDecimal("78"), new BigDecimal("84"))),
                new ReportClaimCheck(new BigDecimal("150"), new BigDecimal("120.50"), new BigDecimal("220.50"), false),
                findings,
                new ReportVerdict("positive", "medium", HEADLINE, new ReportRule("grade positive", "verdict.drl"),
                        new ReportRule("confidence medium", "verdict.drl")),
                List.of(new ReportRecommendation("budget-hidden-costs", 1, zh ? "为培训和数据迁移编制预算" : "Budget training and data migration",
                                List.of("hidden-cost/training", "hidden-cost/data-migration"), new ReportRule("recommend budget", "recommendations.drl")),
                        new ReportRecommendation("fix-claim", 2, zh ? "更正声称的 ROI" : "Correct the claimed ROI",
                                List.of("mistake/claim-arithmetic"), new ReportRule("recommend fix", "recommendations.drl"))),
                new ReportProvenance("0.1.0", "0123abcd", "sha256:rules", "sha256:input",
                        List.of(new ReportProvenance.Plugin("sales", "1.0.0", "class-path", null)),
                        List.of(new ReportProvenance.RuleFileEntry("hidden-costs/training.drl", "built-in", "sha256:aa"),
                                new ReportProvenance.RuleFileEntry("profiles/our-retail.drl.csv", "overlay", "sha256:bb"),
                                new ReportProvenance.RuleFileEntry("verdict/verdict.drl", "built-in", "sha256:cc"))),
                List.of(new ReportTrace("hidden-cost training", "hidden-costs.drl", List.of("Case(acme-retail-2025)")),
                        new ReportTrace("grade positive", "verdict.drl", List.of())));
    }

    /**
     * {@link #threeYear(String, BigDecimal, BigDecimal)} with sensitivity and uncertainty data: benefits may fall
     * by 41.2 % before NPV is zero; crmShare (0.5–0.9) swings ROI from 5.8 % (marginal) to 44.5 % (strong), wider
     * than adoptionRate and discountRate; 10,000 draws give ROI P10 2.5 %, P50 19.75 %, P90 38.1 %.
     */
    public static Report withRanges(String lang) {
        return withRanges(lang, new ReportUncertainty.Percentiles(new BigDecimal("2.50"), new BigDecimal("19.75"),
                new BigDecimal("38.10")));
    }

    /** As {@link #withRanges(String)}, with other ROI percentiles (the adjusted ROI stays 23.79 %). */
    public static Report withRanges(String lang, ReportUncertainty.Percentiles roi) {
        Report r = threeYear(lang, new BigDecimal("16.8"), new BigDecimal("27.4"));
        var sensitivity = new ReportSensitivity(new BigDecimal("-41.2"),
                List.of(new ReportSensitivity.BreakEven("crmShare", new BigDecimal("0.7"), new BigDecimal("0.412")),
                        new ReportSensitivity.BreakEven("benefitScale", new BigDecimal("1.0"), new BigDecimal("0.588"))),
                List.of(new ReportSensitivity.TornadoBar("crmShare", new BigDecimal("0.5"), new BigDecimal("0.9"),
                                new BigDecimal("5.80"), new BigDecimal("44.50"), "marginal", "strong", new BigDecimal("0.55")),
                        new ReportSensitivity.TornadoBar("adoptionRate", new BigDecimal("0.6"), new BigDecimal("0.85"),
                                new BigDecimal("10.10"), new BigDecimal("28.40"), "positive", "positive", null),
                        new ReportSensitivity.TornadoBar("discountRate", new BigDecimal("0.06"), new BigDecimal("0.15"),
                                new BigDecimal("24.00"), new BigDecimal("15.20"), "positive", "positive", null),
                        new ReportSensitivity.TornadoBar("costScale", new BigDecimal("0.95"), new BigDecimal("1.3"),
                                new BigDecimal("22.90"), new BigDecimal("17.70"), "positive", "positive", null)));
        Map<String, List<BigDecimal>> ranges = new LinkedHashMap<>();
        ranges.put("crmShare", List.of(new BigDecimal("0.5"), new BigDecimal("0.7"), new BigDecimal("0.9")));
        ranges.put("adoptionRate", List.of(new BigDecimal("0.6"), new BigDecimal("0.75"), new BigDecimal("0.85")));
        Map<String, BigDecimal> grades = new LinkedHashMap<>();
        grades.put("strong", new BigDecimal("0.12"));
        grades.put("positive", new BigDecimal("0.61"));
        grades.put("marginal", new BigDecimal("0.2"));
        grades.put("negative", new BigDecimal("0.07"));
        var uncertainty = new ReportUncertainty(10000, 1, ranges, roi,
                new ReportUncertainty.Percentiles(new BigDecimal("4125.00"), new BigDecimal("32587.50"), new BigDecimal("62865.00")),
                new BigDecimal("0.011"), grades);
        return new Report(r.format(), r.caseId(), r.title(), r.currency(), r.language(), r.profile(), r.financials(),
                sensitivity, uncertainty, r.benefitLines(), r.indicators(), r.claimCheck(), r.findings(), r.verdict(),
                r.recommendations(), r.provenance(), r.trace());
    }

    private static ReportFinding finding(String code, String severity, String message, BigDecimal estimate, String file) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("category", code.substring(code.indexOf('/') + 1));
        return new ReportFinding(code, severity, message, evidence, estimate, new ReportRule(code, file));
    }

    /** Figures with periods {period, costs, benefits}; net and cumulative net follow from them. */
    private static ReportFigures figures(BigDecimal payback, String[][] rows) {
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal costs = BigDecimal.ZERO;
        BigDecimal benefits = BigDecimal.ZERO;
        var periods = new java.util.ArrayList<ReportFigures.Period>();
        for (String[] row : rows) {
            BigDecimal c = new BigDecimal(row[1]).setScale(2);
            BigDecimal b = new BigDecimal(row[2]).setScale(2);
            cumulative = cumulative.add(b).subtract(c);
            costs = costs.add(c);
            benefits = benefits.add(b);
            periods.add(new ReportFigures.Period(Integer.parseInt(row[0]), c, b, b.subtract(c), cumulative));
        }
        BigDecimal simple = benefits.subtract(costs).multiply(BigDecimal.valueOf(100)).divide(costs, 2, java.math.RoundingMode.HALF_UP);
        return new ReportFigures(costs, benefits, costs, benefits, benefits.subtract(costs), simple, simple, payback,
                null, periods);
    }
}

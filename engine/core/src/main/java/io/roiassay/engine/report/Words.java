package io.roiassay.engine.report;

import io.roiassay.engine.facts.SmeThresholds;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The words for the codes a report shows in running text (grades, severities, size segments, deployments,
 * industries, cost categories, hidden-cost bases, sensitivity drivers, the units of plugin inputs and assumptions),
 * in English and Chinese. The code itself stays in the JSON; an unknown code is shown as it is.
 */
public final class Words {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("severity-info", "info"), Map.entry("severity-warning", "warning"),
            Map.entry("severity-major", "major"), Map.entry("severity-error", "error"),
            Map.entry("severity-critical", "critical"),
            Map.entry("segment-small", "small"), Map.entry("segment-mid-size", "mid-size"),
            Map.entry("segment-large", "large"), Map.entry("segment-unknown", "unknown"),
            Map.entry("timing-once", "once"), Map.entry("timing-annual", "each year"),
            Map.entry("basis-case", "given in the case"), Map.entry("basis-default", "default (assumption)"),
            Map.entry("basis-employees", "employees"), Map.entry("basis-annualRevenue", "annual revenue"),
            Map.entry("basis-employees+annualRevenue", "employees and annual revenue"), Map.entry("basis-unknown", "unknown"),
            Map.entry("deployment-saas", "SaaS"), Map.entry("deployment-on-premise", "on-premise"),
            Map.entry("deployment-hybrid", "hybrid"), Map.entry("deployment-custom", "custom build"),
            Map.entry("base-software", "software price (licence + one year of subscription)"), Map.entry("base-license", "licence"),
            Map.entry("base-subscription", "subscription"),
            // cost categories whose code is not already a plain word (the others show as their code)
            Map.entry("category-data-migration", "data migration"), Map.entry("category-internal-staff", "internal staff time"),
            Map.entry("category-change-management", "change management"),
            Map.entry("target-all", "all lines"), Map.entry("target-costs", "costs"), Map.entry("target-benefits", "benefits"),
            Map.entry("driver-crmShare", "CRM's share of the gain"), Map.entry("driver-grossMarginRate", "gross margin rate"),
            Map.entry("driver-adoptionRate", "adoption rate"), Map.entry("driver-benefitScale", "benefits (scale)"),
            Map.entry("driver-costScale", "costs other than hidden-cost estimates (scale)"), Map.entry("driver-hiddenCostScale", "hidden-cost estimates (scale)"),
            Map.entry("driver-discountRate", "discount rate"),
            Map.entry("driver-revenueMarginRate", "revenue margin rate (net interest or underwriting margin)"),
            Map.entry("driver-revenueMarginRate-finance", "net interest margin (revenue margin rate)"),
            Map.entry("driver-revenueMarginRate-insurance", "underwriting margin (revenue margin rate)"),
            Map.entry("unit-crmShare", "percent"), Map.entry("unit-grossMarginRate", "percent"),
            Map.entry("unit-adoptionRate", "percent"), Map.entry("unit-discountRate", "percent"),
            Map.entry("step-hidden-cost", "hidden cost"), Map.entry("step-gross-margin", "revenue to gross profit"),
            Map.entry("step-revenue-margin", "revenue to profit at the revenue margin"),
            Map.entry("step-productivity", "time valued at productivity"), Map.entry("step-attribution", "CRM attribution"),
            Map.entry("step-adoption", "actual adoption"), Map.entry("step-ramp-up", "ramp-up"),
            Map.entry("step-correction", "correction"), Map.entry("step-realisation", "realisation curve"),
            Map.entry("step-risk-benefits", "risk: benefits"), Map.entry("step-risk-costs", "risk: costs"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("severity-info", "提示"), Map.entry("severity-warning", "警告"),
            Map.entry("severity-major", "重大"), Map.entry("severity-error", "错误"), Map.entry("severity-critical", "严重"),
            Map.entry("segment-small", "小型"), Map.entry("segment-mid-size", "中型"), Map.entry("segment-large", "大型"),
            Map.entry("segment-unknown", "未知"), Map.entry("timing-once", "一次性"), Map.entry("timing-annual", "每年"),
            Map.entry("basis-case", "案例给定"), Map.entry("basis-default", "默认（假设）"),
            Map.entry("basis-employees", "员工人数"), Map.entry("basis-annualRevenue", "营业收入"),
            Map.entry("basis-employees+annualRevenue", "员工人数和营业收入"), Map.entry("basis-unknown", "未知"),
            Map.entry("deployment-saas", "SaaS 订阅"), Map.entry("deployment-on-premise", "本地部署"),
            Map.entry("deployment-hybrid", "混合部署"), Map.entry("deployment-custom", "定制开发"),
            Map.entry("base-software", "软件报价（许可费 + 一年订阅费）"), Map.entry("base-license", "软件许可费"),
            Map.entry("base-subscription", "订阅费"),
            Map.entry("target-all", "全部成本"), Map.entry("target-costs", "成本"), Map.entry("target-benefits", "收益"),
            Map.entry("industry-consulting", "咨询与专业服务"), Map.entry("industry-e-commerce", "电商"),
            Map.entry("industry-education", "教育"), Map.entry("industry-finance", "金融"), Map.entry("industry-fmcg", "快消品"),
            Map.entry("industry-foreign-trade", "外贸"), Map.entry("industry-healthcare", "医疗健康"),
            Map.entry("industry-hospitality", "酒店、餐饮与旅游"), Map.entry("industry-insurance", "保险"),
            Map.entry("industry-legal", "法律服务"), Map.entry("industry-logistics", "物流"),
            Map.entry("industry-manufacturing", "制造业"), Map.entry("industry-other", "其他"),
            Map.entry("industry-pharma", "医药"), Map.entry("industry-real-estate", "房地产"), Map.entry("industry-retail", "零售"),
            Map.entry("industry-technology", "科技"), Map.entry("industry-telecom", "电信"),
            Map.entry("industry-utilities", "公用事业"), Map.entry("industry-wholesale", "批发"),
            Map.entry("category-license", "软件许可"), Map.entry("category-subscription", "订阅费"),
            Map.entry("category-implementation", "实施"), Map.entry("category-customization", "定制开发"),
            Map.entry("category-data-migration", "数据迁移"), Map.entry("category-integration", "系统集成"),
            Map.entry("category-training", "培训"), Map.entry("category-maintenance", "维护与技术支持"),
            Map.entry("category-infrastructure", "服务器与硬件"), Map.entry("category-internal-staff", "员工时间"),
            Map.entry("category-change-management", "变革管理"), Map.entry("category-consulting", "咨询"),
            Map.entry("category-other", "其他"),
            Map.entry("driver-crmShare", "CRM 的收益归因份额"), Map.entry("driver-grossMarginRate", "毛利率"),
            Map.entry("driver-adoptionRate", "使用率"), Map.entry("driver-benefitScale", "收益（倍数）"),
            Map.entry("driver-costScale", "隐性成本估算以外的成本（倍数）"), Map.entry("driver-hiddenCostScale", "隐性成本估算（倍数）"),
            Map.entry("driver-discountRate", "折现率"),
            Map.entry("driver-revenueMarginRate", "收入利润率（净息差或承保利润率）"),
            Map.entry("driver-revenueMarginRate-finance", "净息差（收入利润率）"),
            Map.entry("driver-revenueMarginRate-insurance", "承保利润率（收入利润率）"),
            Map.entry("step-hidden-cost", "隐性成本"), Map.entry("step-gross-margin", "收入折算为毛利"),
            Map.entry("step-revenue-margin", "收入按收入利润率折算为利润"),
            Map.entry("step-productivity", "时间按生产率折算"), Map.entry("step-attribution", "CRM 归因份额"),
            Map.entry("step-adoption", "按实际使用率折算"), Map.entry("step-ramp-up", "收益爬坡"),
            Map.entry("step-correction", "错误更正"), Map.entry("step-realisation", "收益实现曲线"),
            Map.entry("step-risk-benefits", "风险调整：收益"), Map.entry("step-risk-costs", "风险调整：成本"),
            Map.entry("kpiUnit-currency", "金额"), Map.entry("kpiUnit-percent", "百分比"), Map.entry("kpiUnit-count", "数量"),
            Map.entry("kpiUnit-days", "天"), Map.entry("kpiUnit-hours", "小时"),
            Map.entry("note-case", "案例录入"), Map.entry("note-assumption", "假设"), Map.entry("note-default", "默认值"));

    private Words() {
    }

    /**
     * The word for a code of one kind ({@code segment}, {@code deployment}, {@code industry}, {@code category},
     * {@code severity}, {@code base}, {@code target}, {@code driver}, {@code kpiUnit}, {@code note}) in {@code lang};
     * in English a code without an entry reads as itself.
     */
    public static String of(String lang, String kind, String code) {
        if (code == null) {
            return "";
        }
        Map<String, String> m = lang != null && lang.startsWith("zh") ? ZH : EN;
        return m.getOrDefault(kind + "-" + code, code);
    }

    /**
     * What an adjustment step applies to, in {@code lang}, one scheme for every step: a benefit or cost line by its id
     * as the case names it (its path, {@code costs[2]}, when it has none), never translated, even when the id happens
     * to be a category's name; a hidden-cost estimate, which is no line of the case, by its category's word (the
     * categories {@code financials.costBreakdown} gives an estimate for); {@code all}, {@code costs} and
     * {@code benefits} by their word. Items are separated as the language lists them (", " in English, 、 in
     * Chinese).
     */
    static String target(String lang, String step, String target, ReportFinancials financials) {
        if (target == null) {
            return "";
        }
        if (has(lang, "target", target)) {
            return of(lang, "target", target);
        }
        Set<String> estimated = new HashSet<>();
        if (financials != null && financials.costBreakdown() != null) {
            financials.costBreakdown().stream().filter(c -> c.estimated() != null).forEach(c -> estimated.add(c.category()));
        }
        StringJoiner out = new StringJoiner(Labels.get(lang, "itemSeparator"));
        for (String item : target.split(", ", -1)) {
            boolean estimate = "hidden-cost".equals(step) || "risk-costs".equals(step) && estimated.contains(item);
            out.add(estimate ? of(lang, "category", item) : item);
        }
        return out.toString();
    }

    /**
     * A sensitivity driver's word in this report. The margin driver ({@code grossMarginRate}) moves the margin revenue is
     * turned into profit at, which for a bank or an insurer is the profile's revenue margin (a net interest or
     * underwriting margin, {@code revenueMarginRate}) whenever the profile sets one: it is named for what it moves.
     */
    public static String driver(String lang, String driver, ReportProfile profile) {
        if ("grossMarginRate".equals(driver) && revenueMargin(profile)) {
            // the margin a bank or an insurer has, by name, where the profile's industry says which
            Map<String, String> m = lang != null && lang.startsWith("zh") ? ZH : EN;
            String own = m.get("driver-revenueMarginRate-" + profile.industry());
            return own != null ? own : of(lang, "driver", "revenueMarginRate");
        }
        return of(lang, "driver", driver);
    }

    /** An adjustment step's word in this report: the margin step named for the margin it applies (see {@link #driver}). */
    static String step(String lang, String step, ReportProfile profile) {
        return of(lang, "step", "gross-margin".equals(step) && revenueMargin(profile) ? "revenue-margin" : step);
    }

    /** Whether revenue becomes profit at the profile's revenue margin rather than a gross margin (a bank, an insurer). */
    static boolean revenueMargin(ReportProfile profile) {
        return profile != null && profile.assumptions() != null && profile.assumptions().containsKey("revenueMarginRate");
    }

    /**
     * A profile assumption's value as a report shows it: a hidden-cost base or timing word, what a size or deployment
     * was based on, a Chinese SME sector, or a grade, in the report's language ({@code software} → 软件报价（许可费 + 一年订阅费）,
     * {@code once} → 一次性, {@code negative} → 回报为负, {@code 零售业 (retail)} → 零售业 in Chinese), any other value
     * as {@link Placeholders#format} writes it.
     */
    public static String assumptionValue(String lang, String key, Object value) {
        if (value instanceof String text && (key.equals("verdict.gradeBelowBands") || key.equals("verdict.gradeRoiUndefined"))) {
            return Labels.word(lang, "grade", text);
        }
        if (value instanceof String text && key.equals("sme.sector") && lang != null && lang.startsWith("zh")) {
            return SmeThresholds.sectorZh(text); // 零售业, not 零售业 (retail): the gloss is for English readers
        }
        if (value instanceof String text && key.endsWith(".basis")) {
            return of(lang, "basis", text);
        }
        if (value instanceof String text && key.startsWith("hiddenCost.")) {
            if (key.endsWith(".base")) {
                return of(lang, "base", text);
            }
            if (key.endsWith(".timing")) {
                return of(lang, "timing", text);
            }
        }
        return Placeholders.format(value);
    }

    /** Whether {@code lang} has a word for the code (so a renderer can tell a translation from a fallback). */
    static boolean has(String lang, String kind, String code) {
        Map<String, String> m = lang != null && lang.startsWith("zh") ? ZH : EN;
        return m.containsKey(kind + "-" + code);
    }
}

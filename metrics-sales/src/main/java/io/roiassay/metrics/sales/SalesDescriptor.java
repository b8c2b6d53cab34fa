package io.roiassay.metrics.sales;

import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.math.BigDecimal;
import java.util.List;

/** What the sales plugin declares: its KPI inputs, benefit lines with bilingual formulas, and indicators. */
final class SalesDescriptor {

    static final String REVENUE_GROWTH = "revenue-growth";
    static final String DEAL_VOLUME = "deal-volume";
    static final String DEAL_SIZE = "deal-size";
    static final String WIN_RATE = "win-rate";
    static final String CROSS_SELL = "cross-sell";
    static final String REP_TIME_SAVED = "rep-time-saved";

    /** Used when the case and profile give no {@code workWeeksPerYear}: 52 weeks less holidays and leave. */
    static final String WORK_WEEKS_PER_YEAR = "workWeeksPerYear";

    /** Hours in a week: the most a per-week hours KPI can be (declared before DESCRIPTOR, which reads it). */
    private static final BigDecimal HOURS_PER_WEEK = BigDecimal.valueOf(168);

    static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
            "sales", "1.0.0",
            Text.of("Sales", "销售"),
            inputs(), benefits(), indicators());

    private SalesDescriptor() {
    }

    // Every input is optional: each line needs only some of them, and the plugin skips what it cannot compute.
    // Ranges: the unit's default (percent 0..100, counts and durations >= 0) unless declared here.
    private static List<KpiInput> inputs() {
        return List.of(
                KpiInput.optional("revenue", Unit.CURRENCY,
                        Text.of("Annual sales revenue", "年销售收入"))
                        .withRange(BigDecimal.ZERO, null)
                        .higherIsBetter(),
                KpiInput.optional("closedDeals", Unit.COUNT,
                        Text.of("Deals closed per year", "每年成交的交易数量"))
                        .higherIsBetter(),
                KpiInput.optional("averageDealSize", Unit.CURRENCY,
                        Text.of("Average deal size: total sales in a period / number of sales in that period",
                                "平均交易规模：特定时间段内所有销售的总金额 / 同一时期内的总销售数量"))
                        .withRange(BigDecimal.ZERO, null)
                        .higherIsBetter(),
                KpiInput.optional("opportunities", Unit.COUNT,
                        Text.of("Sales opportunities worked per year", "每年跟进的销售商机数量"))
                        .higherIsBetter(),
                KpiInput.optional("winRate", Unit.PERCENT,
                        Text.of("Win rate: share of opportunities that close, 0..100", "成交率：成交的商机占全部商机的百分比（0..100）"))
                        .higherIsBetter(),
                KpiInput.optional("crossSellRevenue", Unit.CURRENCY,
                        Text.of("Annual revenue from cross-selling and up-selling to existing customers",
                                "每年向现有客户交叉销售和追加销售带来的收入"))
                        .withRange(BigDecimal.ZERO, null)
                        .higherIsBetter(),
                KpiInput.optional("repAdminHoursPerWeek", Unit.HOURS,
                        Text.of("Hours a sales rep spends on admin and manual data entry per week",
                                "每位销售代表每周用于行政事务和手动数据录入的小时数"))
                        .withRange(BigDecimal.ZERO, HOURS_PER_WEEK)
                        .lowerIsBetter(),
                KpiInput.optional("reps", Unit.COUNT,
                        Text.of("Number of sales reps", "销售代表人数")),
                KpiInput.optional("salesCycleDays", Unit.DAYS,
                        Text.of("Average sales cycle: days from first contact to closed sale",
                                "平均销售周期：从首次联系客户到达成销售的平均天数"))
                        .lowerIsBetter(),
                KpiInput.optional("dealsPerRep", Unit.COUNT,
                        Text.of("Deals closed per rep per year", "每位销售代表每年的成交数量"))
                        .higherIsBetter(),
                KpiInput.optional("quotaAttainment", Unit.PERCENT,
                        Text.of("Share of the sales quota achieved, 0..1000 (100 is on quota)", "销售配额完成率（0..1000，100 表示恰好完成）"))
                        .withRange(BigDecimal.ZERO, new BigDecimal("1000"))
                        .higherIsBetter(),
                KpiInput.optional("callsToSalesRatio", Unit.COUNT,
                        Text.of("Sales calls made per closed sale", "销售呼叫总数与成交数量之比"))
                        .lowerIsBetter(),
                KpiInput.optional("profitMargin", Unit.PERCENT,
                        Text.of("Profit margin: net income / net sales, −100..100", "利润率：净收入 / 净销售额（−100..100）"))
                        .withRange(new BigDecimal("-100"), new BigDecimal("100"))
                        .higherIsBetter());
    }

    private static List<BenefitDefinition> benefits() {
        return List.of(
                new BenefitDefinition(REVENUE_GROWTH, BenefitKind.GROSS_PROFIT,
                        Text.of("Revenue growth at gross margin", "销售收入增长（按毛利计）"),
                        Text.of("(annual revenue after − annual revenue before) × gross margin rate. "
                                        + "Takes precedence over deal-volume, deal-size, win-rate and cross-sell, "
                                        + "which are parts of the same revenue.",
                                "（CRM 上线后年销售收入 − 上线前年销售收入）× 毛利率。"
                                        + "本项优先于成交数量、平均交易规模、成交率和交叉销售各项，因为它们都是同一笔销售收入的组成部分。"),
                        List.of("revenue", "grossMarginRate")),
                new BenefitDefinition(DEAL_VOLUME, BenefitKind.GROSS_PROFIT,
                        Text.of("More deals closed", "成交数量增长"),
                        Text.of("(closed deals after − closed deals before) × average deal size before × gross margin rate. "
                                        + "Only when the sales KPIs give no revenue before and after; together with deal-size it equals "
                                        + "the revenue change exactly, so nothing is counted twice.",
                                "（上线后年成交数量 − 上线前年成交数量）× 上线前平均交易规模 × 毛利率。"
                                        + "仅在销售指标未提供上线前后销售收入时计算；与“平均交易规模提升”相加恰好等于销售收入的变化，不会重复计算。"),
                        List.of("closedDeals", "averageDealSize", "grossMarginRate")),
                new BenefitDefinition(DEAL_SIZE, BenefitKind.GROSS_PROFIT,
                        Text.of("Larger average deal size", "平均交易规模提升"),
                        Text.of("closed deals after × (average deal size after − average deal size before) × gross margin rate. "
                                        + "Only when the sales KPIs give no revenue before and after; computed together with deal-volume.",
                                "上线后年成交数量 ×（上线后平均交易规模 − 上线前平均交易规模）× 毛利率。"
                                        + "仅在销售指标未提供上线前后销售收入时计算，与“成交数量增长”一同计算。"),
                        List.of("closedDeals", "averageDealSize", "grossMarginRate")),
                new BenefitDefinition(WIN_RATE, BenefitKind.GROSS_PROFIT,
                        Text.of("Higher win rate", "成交率提升"),
                        Text.of("opportunities (after, else before) × (win rate after − win rate before) / 100 "
                                        + "× average deal size (after, else before) × gross margin rate. "
                                        + "Only when the sales KPIs give neither revenue nor closed deals with average deal size "
                                        + "are given, since those already contain the extra deals won.",
                                "商机数量（取上线后值，无则取上线前值）×（上线后成交率 − 上线前成交率）/ 100 "
                                        + "× 平均交易规模（取上线后值，无则取上线前值）× 毛利率。"
                                        + "仅在销售指标既未提供销售收入、也未提供成交数量和平均交易规模时计算，因为后者已包含多赢得的交易。"),
                        List.of("opportunities", "winRate", "averageDealSize", "grossMarginRate")),
                new BenefitDefinition(CROSS_SELL, BenefitKind.GROSS_PROFIT,
                        Text.of("Cross-sell and up-sell", "交叉销售与追加销售"),
                        Text.of("(cross-sell and up-sell revenue after − before) × gross margin rate. "
                                        + "Only when no other revenue line (revenue-growth, deal-volume, deal-size, "
                                        + "win-rate) was computed: those already include these sales.",
                                "（上线后交叉销售与追加销售收入 − 上线前）× 毛利率。"
                                        + "仅在未计算其他任何收入类指标（销售收入增长、成交数量、平均交易规模、成交率）时计算，因为这些指标已包含此类销售。"),
                        List.of("crossSellRevenue", "grossMarginRate")),
                new BenefitDefinition(REP_TIME_SAVED, BenefitKind.TIME_SAVED,
                        Text.of("Sales rep time saved on admin", "销售代表行政事务时间节省"),
                        Text.of("(admin hours per rep per week before − after) × work weeks per year "
                                        + "(assumption workWeeksPerYear, else 48) × sales reps (after, else before) "
                                        + "× loaded hourly cost × productivity factor for sales. Freed time is worth "
                                        + "only the share that turns into selling, never 100%.",
                                "（上线前每位销售代表每周行政事务小时数 − 上线后）× 每年工作周数（假设 workWeeksPerYear，未设定时取 48）"
                                        + "× 销售代表人数（取上线后值，无则取上线前值）× 综合人工时薪（含福利和管理费用）× 销售岗位生产率折算系数。"
                                        + "节省的时间只按实际转化为销售工作的比例计值，绝不按 100% 计。"),
                        List.of("repAdminHoursPerWeek", "reps", WORK_WEEKS_PER_YEAR, "loadedHourlyCost",
                                "productivityFactor.sales")));
    }

    private static List<IndicatorDefinition> indicators() {
        return List.of(
                new IndicatorDefinition("salesCycleDays", "salesCycleDays",
                        Text.of("Average sales cycle (days)", "平均销售周期（天）")),
                new IndicatorDefinition("dealsPerRep", "dealsPerRep",
                        Text.of("Deals per rep", "人均成交数量")),
                new IndicatorDefinition("quotaAttainment", "quotaAttainment",
                        Text.of("Quota attainment (%)", "销售配额完成率（%）")),
                new IndicatorDefinition("callsToSalesRatio", "callsToSalesRatio",
                        Text.of("Sales calls per closed sale", "销售呼叫总数与成交数量之比")),
                new IndicatorDefinition("winRate", "winRate",
                        Text.of("Win rate (%), when not already counted as money", "成交率（%），未计入金额时列示")),
                new IndicatorDefinition("profitMargin", "profitMargin",
                        Text.of("Profit margin (%): net income / net sales", "利润率（%）：净收入 / 净销售额")));
    }
}

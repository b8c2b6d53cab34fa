package io.roiassay.metrics.marketing;

import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.math.BigDecimal;
import java.util.List;

/** What the marketing plugin declares: its KPI inputs, benefit lines with bilingual formulas, and indicators. */
final class MarketingDescriptor {

    static final String LEAD_COST = "lead-cost";
    static final String LEAD_CONVERSION = "lead-conversion";
    static final String CAMPAIGN_REVENUE = "campaign-revenue";
    static final String ACQUISITION_COST = "acquisition-cost";
    static final String MARKETING_TIME_SAVED = "marketing-time-saved";

    static final String WORK_WEEKS_PER_YEAR = "workWeeksPerYear";

    /** Hours in a week: the most a per-week hours KPI can be (declared before DESCRIPTOR, which reads it). */
    private static final BigDecimal HOURS_PER_WEEK = BigDecimal.valueOf(168);

    static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
            "marketing", "1.0.0",
            Text.of("Marketing", "市场营销"),
            inputs(), benefits(), indicators());

    private MarketingDescriptor() {
    }

    // Every input is optional: each line needs only some of them, and the plugin skips what it cannot compute.
    // Ranges: the unit's default (percent 0..100, counts and durations >= 0) unless declared here.
    private static List<KpiInput> inputs() {
        return List.of(
                KpiInput.optional("marketingSpend", Unit.CURRENCY,
                        Text.of("Total marketing spend per year", "每年营销总支出"))
                        .withRange(BigDecimal.ZERO, null),
                KpiInput.optional("newLeads", Unit.COUNT,
                        Text.of("New sales leads generated per year", "每年新增销售线索数量"))
                        .higherIsBetter(),
                KpiInput.optional("leadConversionRate", Unit.PERCENT,
                        Text.of("Share of leads that become customers, 0..100", "销售线索转化为客户的比率（0..100）"))
                        .higherIsBetter(),
                KpiInput.optional("averageDealSize", Unit.CURRENCY,
                        Text.of("Average first-year sales to a customer won from a lead",
                                "由销售线索转化而来的客户首年平均交易金额"))
                        .withRange(BigDecimal.ZERO, null)
                        .higherIsBetter(),
                KpiInput.optional("campaignRevenue", Unit.CURRENCY,
                        Text.of("Sales revenue attributed to marketing campaigns per year", "每年归因于营销活动的销售收入"))
                        .withRange(BigDecimal.ZERO, null)
                        .higherIsBetter(),
                KpiInput.optional("customerAcquisitionCost", Unit.CURRENCY,
                        Text.of("Customer acquisition cost: marketing spend per new customer", "获客成本：每获得一位新客户的营销支出"))
                        .withRange(BigDecimal.ZERO, null)
                        .lowerIsBetter(),
                KpiInput.optional("newCustomers", Unit.COUNT,
                        Text.of("New customers won per year", "每年新增客户数量"))
                        .higherIsBetter(),
                KpiInput.optional("marketingHoursPerWeek", Unit.HOURS,
                        Text.of("Hours a marketer spends on manual work (data entry, list cleaning, reports) per week",
                                "每位营销人员每周用于手动事务（数据录入、名单整理、报表）的小时数"))
                        .withRange(BigDecimal.ZERO, HOURS_PER_WEEK)
                        .lowerIsBetter(),
                KpiInput.optional("marketers", Unit.COUNT,
                        Text.of("Number of marketing staff", "营销人员人数")));
    }

    private static List<BenefitDefinition> benefits() {
        return List.of(
                new BenefitDefinition(LEAD_COST, BenefitKind.COST_SAVING,
                        Text.of("Lower cost per lead", "销售线索平均成本降低"),
                        Text.of("(cost per lead before − cost per lead after) × new leads after, where "
                                        + "cost per lead = marketing spend / new leads, at most the fall in marketing "
                                        + "spend: with the spend unchanged or higher there is no saving and no line. Not computed when "
                                        + "campaign-revenue is, since campaign revenue already credits the extra leads.",
                                "（上线前销售线索平均成本 − 上线后销售线索平均成本）× 上线后新销售线索数量，"
                                        + "其中销售线索平均成本 = 总营销支出 / 新销售线索总数量，且不超过营销支出的实际降幅："
                                        + "营销支出未减少时没有节约，不计本项。"
                                        + "计算了“营销活动创造的收入”时不计算本项，因为该收入已包含新增线索带来的价值。"),
                        List.of("marketingSpend", "newLeads")),
                new BenefitDefinition(LEAD_CONVERSION, BenefitKind.GROSS_PROFIT,
                        Text.of("Better lead-to-customer conversion", "销售线索转化率提升"),
                        Text.of("new leads (after, else before) × (conversion rate after − before) / 100 "
                                        + "× average deal size (after, else before) × gross margin rate. "
                                        + "Only when campaign revenue is not given, which already contains these sales.",
                                "新销售线索数量（取上线后值，无则取上线前值）×（上线后转化率 − 上线前）/ 100 "
                                        + "× 平均交易规模（取上线后值，无则取上线前值）× 毛利率。"
                                        + "仅在未提供营销活动收入时计算，因为该收入已包含这部分销售。"),
                        List.of("newLeads", "leadConversionRate", "averageDealSize", "grossMarginRate")),
                new BenefitDefinition(CAMPAIGN_REVENUE, BenefitKind.GROSS_PROFIT,
                        Text.of("Revenue from campaigns at gross margin", "营销活动创造的收入（按毛利计）"),
                        Text.of("(campaign revenue after − before) × gross margin rate. Takes precedence over "
                                        + "lead-conversion, lead-cost and acquisition-cost, which price the same extra "
                                        + "leads and customers again.",
                                "（上线后营销活动收入 − 上线前）× 毛利率。本项优先于“销售线索转化率提升”“销售线索平均成本降低”"
                                        + "和“获客成本降低”，因为这些指标会再次计入同一批新增线索和客户。"),
                        List.of("campaignRevenue", "grossMarginRate")),
                new BenefitDefinition(ACQUISITION_COST, BenefitKind.COST_SAVING,
                        Text.of("Lower customer acquisition cost", "获客成本降低"),
                        Text.of("(acquisition cost per customer before − after) × new customers (after, else before). "
                                        + "Only when none of lead-cost, lead-conversion and campaign-revenue was "
                                        + "computed: a lower acquisition cost comes from the same spend as the cost per "
                                        + "lead and from the same extra customers the revenue lines count.",
                                "（上线前单客获客成本 − 上线后）× 新增客户数量（取上线后值，无则取上线前值）。"
                                        + "仅在未计算“销售线索平均成本降低”“销售线索转化率提升”“营销活动创造的收入”时计算："
                                        + "获客成本的下降与线索成本来自同一笔营销支出，也来自收入类指标已计入的同一批新增客户。"),
                        List.of("customerAcquisitionCost", "newCustomers")),
                new BenefitDefinition(MARKETING_TIME_SAVED, BenefitKind.TIME_SAVED,
                        Text.of("Marketing staff time saved", "营销人员时间节省"),
                        Text.of("(manual hours per marketer per week before − after) × work weeks per year "
                                        + "(assumption workWeeksPerYear, else 48) × marketers (after, else before) "
                                        + "× loaded hourly cost × productivity factor for marketing (at most 0.5 by "
                                        + "Nucleus Research). Freed time is not cash at 100%.",
                                "（上线前每位营销人员每周手动事务小时数 − 上线后）× 每年工作周数（假设 workWeeksPerYear，未设定时取 48）"
                                        + "× 营销人员人数（取上线后值，无则取上线前值）× 综合人工时薪（含福利和管理费用）× 营销岗位生产率折算系数"
                                        + "（Nucleus Research 建议不超过 0.5）。节省的时间不能按 100% 折算为现金。"),
                        List.of("marketingHoursPerWeek", "marketers", WORK_WEEKS_PER_YEAR, "loadedHourlyCost",
                                "productivityFactor.marketing")));
    }

    private static List<IndicatorDefinition> indicators() {
        return List.of(
                new IndicatorDefinition("newLeads", "newLeads",
                        Text.of("New leads per year", "每年新增销售线索数量")),
                // Computed, not read: cost per lead = marketingSpend / newLeads (the API has one kpi per indicator).
                new IndicatorDefinition("costPerLead", "marketingSpend",
                        Text.of("Cost per lead: marketing spend / new leads", "销售线索平均成本 = 总营销支出 / 新销售线索总数量")),
                new IndicatorDefinition("leadConversionRate", "leadConversionRate",
                        Text.of("Lead-to-customer conversion rate (%)", "销售线索转化率（%）")),
                new IndicatorDefinition("customerAcquisitionCost", "customerAcquisitionCost",
                        Text.of("Customer acquisition cost", "获客成本")));
    }
}

package io.roiassay.metrics.service;

import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.Measures;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.math.BigDecimal;
import java.util.List;

/** What the service plugin declares: its KPI inputs, benefit lines with bilingual formulas, and indicators. */
final class ServiceDescriptor {

    static final String AGENT_PRODUCTIVITY = "agent-productivity";
    static final String RESOLUTION_TIME = "resolution-time";
    static final String RETENTION = "retention";
    static final String SELF_SERVICE_DEFLECTION = "self-service-deflection";

    static final String AGENT_ANNUAL_COST = "agentAnnualCost";
    static final String ANNUAL_HOURS_PER_FTE = "annualHoursPerFte";
    static final String CUSTOMER_ANNUAL_VALUE = "customerAnnualValue";

    static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(
            "service", "1.0.0",
            Text.of("Customer service", "客户服务"),
            inputs(), benefits(), indicators());

    private ServiceDescriptor() {
    }

    // Every input is optional: each line needs only some of them, and the plugin skips what it cannot compute.
    // Ranges: the unit's default (percent 0..100, counts and durations >= 0) unless declared here.
    private static List<KpiInput> inputs() {
        return List.of(
                KpiInput.optional("casesPerAgent", Unit.COUNT,
                        Text.of("Service cases handled per agent per year", "每位客服座席每年处理的服务案例数量"))
                        .higherIsBetter(),
                KpiInput.optional("agents", Unit.COUNT,
                        Text.of("Number of service agents", "客服座席人数")),
                KpiInput.optional(AGENT_ANNUAL_COST, Unit.CURRENCY,
                        Text.of("Loaded yearly cost of one service agent", "每位客服座席的年度综合人工成本"))
                        .withRange(BigDecimal.ZERO, null),
                KpiInput.optional("averageResolutionHours", Unit.HOURS,
                        Text.of("Average staff hours worked to resolve one case (handling effort, not calendar time)",
                                "解决一个服务案例平均花费的员工工时（指处理工时，而非日历时间）"))
                        .lowerIsBetter(),
                KpiInput.optional("cases", Unit.COUNT,
                        Text.of("Service cases per year, including those solved by self-service",
                                "每年服务案例总数（含通过自助服务解决的案例）")),
                KpiInput.optional("retentionRate", Unit.PERCENT,
                        Text.of("Customer retention rate per year, 0..100", "年度客户留存率（0..100）"))
                        .higherIsBetter(),
                KpiInput.optional("churnRate", Unit.PERCENT,
                        Text.of("Customer churn rate per year, 0..100", "年度客户流失率（0..100）"))
                        .lowerIsBetter(),
                KpiInput.optional("customers", Unit.COUNT,
                        Text.of("Number of active customers", "活跃客户数量")),
                KpiInput.optional(CUSTOMER_ANNUAL_VALUE, Unit.CURRENCY,
                        Text.of("Yearly sales revenue from one customer", "每位客户每年带来的销售收入"))
                        .withRange(BigDecimal.ZERO, null),
                KpiInput.optional("selfServiceRate", Unit.PERCENT,
                        Text.of("Share of cases solved by self-service (portal, knowledge base), 0..100",
                                "通过自助服务（客户门户、知识库）解决的服务案例占比（0..100）"))
                        .higherIsBetter(),
                KpiInput.optional("costPerCase", Unit.CURRENCY,
                        Text.of("Average cost of one case handled by an agent", "由客服座席处理一个服务案例的平均成本"))
                        .withRange(BigDecimal.ZERO, null)
                        .lowerIsBetter(),
                KpiInput.optional("satisfaction", Unit.PERCENT,
                        Text.of("Customer satisfaction (CSAT): share of satisfied customers, 0..100",
                                "客户满意度（CSAT）：满意客户占比（0..100）"))
                        .higherIsBetter(),
                KpiInput.optional("sameDayClosureRate", Unit.PERCENT,
                        Text.of("Share of cases closed the same day, 0..100", "当日关闭的服务案例占比（0..100）"))
                        .higherIsBetter(),
                KpiInput.optional("nps", Unit.PERCENT,
                        Text.of("Net promoter score: % promoters − % detractors, −100..100",
                                "净推荐值（NPS）：推荐者占比 − 贬损者占比（−100..100）"))
                        .withRange(new BigDecimal("-100"), new BigDecimal("100"))
                        .higherIsBetter());
    }

    private static List<BenefitDefinition> benefits() {
        return List.of(
                new BenefitDefinition(AGENT_PRODUCTIVITY, BenefitKind.TIME_SAVED,
                        Text.of("Agent productivity", "客服座席效率提升"),
                        Text.of("agents (after, else before) × (cases per agent after / cases per agent before − 1) "
                                        + "× yearly agent cost × productivity factor for service. Yearly agent cost is "
                                        + "the agentAnnualCost KPI (after, else before), else the agentAnnualCost "
                                        + "assumption, else loaded hourly cost × annualHoursPerFte (assumption, else 1760). "
                                        + "Takes precedence over resolution-time: both measure the same agent hours.",
                                "客服座席人数（取上线后值，无则取上线前值）×（上线后人均案例数 / 上线前人均案例数 − 1）"
                                        + "× 每位座席年度成本 × 客服岗位生产率折算系数。座席年度成本取 agentAnnualCost 指标"
                                        + "（上线后值，无则上线前值），其次取 agentAnnualCost 假设，再其次取综合人工时薪（含福利和管理费用）× 每人年工作小时数"
                                        + "（假设 annualHoursPerFte，未设定时取 1760）。本项优先于“解决时间缩短”，因为两者衡量的是同一批座席工时。"),
                        List.of("casesPerAgent", "agents", AGENT_ANNUAL_COST, "loadedHourlyCost", ANNUAL_HOURS_PER_FTE,
                                "productivityFactor.service")),
                new BenefitDefinition(RESOLUTION_TIME, BenefitKind.TIME_SAVED,
                        Text.of("Shorter resolution time", "平均解决时间缩短"),
                        Text.of("(staff hours per case before − after) × cases (after, else before) "
                                        + "× (1 − self-service rate after / 100, when given) × loaded hourly cost "
                                        + "× productivity factor for service. Only cases agents still handle count, so "
                                        + "self-service-deflection is not counted twice; only when agent-productivity "
                                        + "was not computed.",
                                "（上线前每个案例的员工工时 − 上线后）× 服务案例数（取上线后值，无则取上线前值）"
                                        + "×（1 − 上线后自助服务占比 / 100，如已提供）× 综合人工时薪（含福利和管理费用）× 客服岗位生产率折算系数。"
                                        + "只计座席仍需处理的案例，避免与“自助服务分流”重复计算；仅在未计算“客服座席效率提升”时计算。"),
                        List.of("averageResolutionHours", "cases", "selfServiceRate", "loadedHourlyCost",
                                "productivityFactor.service")),
                new BenefitDefinition(RETENTION, BenefitKind.GROSS_PROFIT,
                        Text.of("Customers retained", "客户留存提升"),
                        Text.of("customers (after, else before) × (retention rate after − before) / 100 "
                                        + "× yearly value per customer × gross margin rate. Uses churn rate "
                                        + "(before − after) only when retention rate is not given: they are the same fact. "
                                        + "Yearly value per customer is the customerAnnualValue KPI (after, else before), "
                                        + "else the customerAnnualValue assumption.",
                                "客户数量（取上线后值，无则取上线前值）×（上线后客户留存率 − 上线前）/ 100 × 每位客户年度价值 × 毛利率。"
                                        + "仅在未提供留存率时改用流失率（上线前 − 上线后），因为两者反映的是同一事实。"
                                        + "每位客户年度价值取 customerAnnualValue 指标（上线后值，无则上线前值），其次取 customerAnnualValue 假设。"),
                        List.of("retentionRate", "churnRate", "customers", CUSTOMER_ANNUAL_VALUE, "grossMarginRate"),
                        Measures.RETENTION),
                new BenefitDefinition(SELF_SERVICE_DEFLECTION, BenefitKind.COST_SAVING,
                        Text.of("Cases deflected to self-service", "自助服务分流"),
                        Text.of("cases (after, else before) × (self-service rate after − before) / 100 "
                                        + "× cost per agent-handled case (after, else before).",
                                "服务案例数（取上线后值，无则取上线前值）×（上线后自助服务占比 − 上线前）/ 100 "
                                        + "× 座席处理单个案例的成本（取上线后值，无则取上线前值）。"),
                        List.of("cases", "selfServiceRate", "costPerCase")));
    }

    private static List<IndicatorDefinition> indicators() {
        return List.of(
                new IndicatorDefinition("satisfaction", "satisfaction",
                        Text.of("Customer satisfaction (CSAT, %)", "客户满意度（CSAT，%）")),
                new IndicatorDefinition("sameDayClosureRate", "sameDayClosureRate",
                        Text.of("Cases closed the same day (%)", "当日关闭的服务案例占比（%）")),
                new IndicatorDefinition("retentionRate", "retentionRate",
                        Text.of("Customer retention rate (%)", "客户留存率（%）")),
                new IndicatorDefinition("churnRate", "churnRate",
                        Text.of("Customer churn rate (%)", "客户流失率（%）")),
                new IndicatorDefinition("nps", "nps",
                        Text.of("Net promoter score", "净推荐值（NPS）")));
    }
}

package io.roiassay.engine.finance;

import java.util.List;
import java.util.Optional;

/** The definitions of the figures {@link FinancialCalculator} produces, in the order the report lists them. */
public final class Definitions {

    private static final List<Definition> ALL = List.of(
            new Definition("totalCosts",
                    "Total cost: undiscounted sum of all costs in the initial period and years 1..N",
                    "总成本：初始期及第 1 至 N 年全部成本之和，不折现"),
            new Definition("totalBenefits",
                    "Total benefit: undiscounted sum of all benefits in the initial period and years 1..N",
                    "总收益：初始期及第 1 至 N 年全部收益之和，不折现"),
            new Definition("pvCosts",
                    "Present value of costs: Σ cost of period t ÷ (1 + r)^t; the initial period (t = 0) is not"
                            + " discounted, year t is discounted at the end of the year",
                    "成本现值：Σ 第 t 期成本 ÷ (1 + r)^t；初始期（t = 0）不折现，第 t 年按年末折现"),
            new Definition("pvBenefits",
                    "Present value of benefits: Σ benefit of period t ÷ (1 + r)^t; the initial period (t = 0) is"
                            + " not discounted, year t is discounted at the end of the year",
                    "收益现值：Σ 第 t 期收益 ÷ (1 + r)^t；初始期（t = 0）不折现，第 t 年按年末折现"),
            new Definition("npv",
                    "Net present value: PV(benefits) − PV(costs) at discount rate r",
                    "净现值：收益现值 − 成本现值，按折现率 r 计算"),
            new Definition("roiPercent",
                    "Discounted ROI (Forrester TEI): NPV ÷ PV(costs) × 100; the initial period is not discounted,"
                            + " year t is discounted by (1 + r)^t; undefined when PV(costs) is zero",
                    "折现 ROI（折现投资回报率，Forrester TEI 方法）：净现值 ÷ 成本现值 × 100；初始期不折现，"
                            + "第 t 年按 (1 + r)^t 折现；成本现值为零时无定义"),
            new Definition("simpleRoiPercent",
                    "Simple ROI (undiscounted): (total benefit − total cost) ÷ total cost × 100;"
                            + " undefined when total cost is zero",
                    "简单 ROI（简单投资回报率，不折现）：（总收益 − 总成本）÷ 总成本 × 100；总成本为零时无定义"),
            new Definition("paybackMonths",
                    "Payback period in months: the month from which cumulative undiscounted net cash flow"
                            + " (benefits − costs) stays at or above zero. Initial-period amounts fall at month 0;"
                            + " within a year, benefits and costs accrue evenly, except costs paid in advance,"
                            + " which are paid at the start of the year they cover, before its benefits;"
                            + " interpolated linearly within the year; 0 when no cost is ever paid before benefits"
                            + " cover it; empty when not reached within the horizon",
                    "回收期（月，投资回收期）：累计未折现净现金流（收益 − 成本）从此不再为负的月份。初始期金额计在第 0 个月；"
                            + "年内收益和成本均匀发生，但预付成本在其所覆盖年度的年初、先于当年收益支付；年内按线性插值；"
                            + "从未先付后收时为 0；评估期内未能收回时为空"),
            new Definition("discountedPaybackMonths",
                    "Discounted payback in months: as the payback, on net cash flows discounted like the NPV"
                            + " (year t at (1 + r)^t); never shorter than the payback; empty when the discounted"
                            + " cumulative net is still negative at the end of the horizon",
                    "折现回收期（月）：与回收期相同，但使用按净现值方式折现（第 t 年按 (1 + r)^t）的净现金流；"
                            + "不短于回收期；期末累计折现净现金流仍为负时为空"),
            new Definition("irrPercent",
                    "Internal rate of return: the discount rate at which NPV is zero, with the same timing"
                            + " (initial period not discounted, year t at (1 + r)^t); empty, with the reason stated"
                            + " below the table (irrNote in JSON), when it is not meaningful: no net outlay or no net inflow, the outlay not"
                            + " recovered within the horizon, or net flows changing sign so that no single rate"
                            + " gives NPV = 0",
                    "内部收益率：使净现值为零的折现率，时间约定相同（初始期不折现，第 t 年按 (1 + r)^t 折现）；"
                            + "无意义时为空，原因见表下说明：没有净投入或没有净流入、评估期内未收回投入，"
                            + "或净现金流多次正负交替而没有唯一的折现率使净现值为零"));

    private Definitions() {
    }

    /** Every definition, in a fixed order: totals, present values, NPV, ROI, simple ROI, paybacks, IRR. */
    public static List<Definition> all() {
        return ALL;
    }

    /** The definition of the figure named {@code name} (e.g. {@code roiPercent}), if there is one. */
    public static Optional<Definition> find(String name) {
        return ALL.stream().filter(definition -> definition.name().equals(name)).findFirst();
    }
}

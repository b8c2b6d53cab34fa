package io.roiassay.engine.report;

import java.util.Map;

/** The fixed words of the report renderings, in English and Chinese. */
final class Labels {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "CRM ROI assessment"), Map.entry("verdict", "Verdict"), Map.entry("grade", "Grade"),
            Map.entry("confidence", "Confidence"), Map.entry("profile", "Profile"), Map.entry("industry", "Industry"),
            Map.entry("segment", "Size"), Map.entry("deployment", "Deployment"), Map.entry("financials", "Financials"),
            Map.entry("figure", "Figure"), Map.entry("entered", "Entered"), Map.entry("adjusted", "Adjusted"),
            Map.entry("adjustments", "From entered to adjusted"), Map.entry("step", "Step"), Map.entry("target", "Applies to"),
            Map.entry("factor", "Factor"), Map.entry("costsDelta", "Δ costs"), Map.entry("benefitsDelta", "Δ benefits"),
            Map.entry("costs", "Costs by category"), Map.entry("category", "Category"), Map.entry("estimated", "Estimated (hidden)"),
            Map.entry("benefits", "Benefit lines"), Map.entry("source", "Source"), Map.entry("formula", "Formula"),
            Map.entry("annual", "Per year"), Map.entry("total", "Total entered"), Map.entry("adjustedTotal", "Total adjusted"),
            Map.entry("indicators", "Non-financial indicators"), Map.entry("before", "Before"), Map.entry("after", "After"),
            Map.entry("claim", "Claim check"), Map.entry("claimed", "Claimed ROI"), Map.entry("recomputed", "Recomputed ROI"),
            Map.entry("ratio", "Benefit/cost ratio"), Map.entry("consistent", "Consistent"),
            Map.entry("findings", "Findings"), Map.entry("none", "None."), Map.entry("evidence", "evidence"),
            Map.entry("estimate", "estimate"), Map.entry("rule", "rule"), Map.entry("recommendations", "Recommendations"),
            Map.entry("because", "because of"), Map.entry("definitions", "Definitions"), Map.entry("provenance", "Provenance"),
            Map.entry("trace", "Rule trace"), Map.entry("periods", "Cash flow per period (adjusted)"),
            Map.entry("period", "Period"), Map.entry("net", "Net"), Map.entry("cumulative", "Cumulative"),
            Map.entry("yes", "yes"), Map.entry("no", "no"), Map.entry("never", "not within the horizon"),
            Map.entry("undefined", "undefined"), Map.entry("months", "months"),
            Map.entry("hidden-cost", "Hidden costs"), Map.entry("mistake", "Calculation mistakes"),
            Map.entry("data", "Input quality"), Map.entry("plugin", "Plugins"),
            Map.entry("totalCosts", "Total costs"), Map.entry("totalBenefits", "Total benefits"),
            Map.entry("pvCosts", "PV of costs"), Map.entry("pvBenefits", "PV of benefits"), Map.entry("npv", "NPV"),
            Map.entry("roiPercent", "ROI, discounted"), Map.entry("simpleRoiPercent", "ROI, simple"),
            Map.entry("paybackMonths", "Payback (months)"), Map.entry("irrPercent", "IRR"),
            Map.entry("horizon", "Horizon"), Map.entry("years", "years"), Map.entry("year", "year"), Map.entry("discountRate", "discount rate"),
            // HTML rendering
            Map.entry("currency", "Currency"), Map.entry("assumptions", "Assumptions"), Map.entry("value", "Value"),
            Map.entry("assumptionsListed", "{n}, listed under Assumptions after the recommendations"),
            Map.entry("note", "Note"), Map.entry("pluginAssumptions", "Plugin assumptions used"),
            Map.entry("pluginId", "Plugin"), Map.entry("unit", "Unit"), Map.entry("valueFrom", "Value from"),
            Map.entry("valueFrom-default", "the plugin's default"), Map.entry("valueFrom-case", "the case"),
            Map.entry("valueFrom-profile", "the profile"), Map.entry("defaultWas", "default"),
            Map.entry("keyFigures", "Key figures (adjusted)"),
            Map.entry("confidenceRule", "confidence rule"), Map.entry("basis", "Basis"), Map.entry("inputs", "Inputs"),
            Map.entry("severity", "Severity"), Map.entry("priority", "Priority"), Map.entry("facts", "facts"),
            Map.entry("family-profile", "Classification notes"),
            Map.entry("cashFlowChart", "Cumulative net cash flow per period"),
            Map.entry("cashFlowTable", "Cash flow per period"), Map.entry("cumulativeEntered", "Cumulative (entered)"),
            Map.entry("cumulativeAdjusted", "Cumulative (adjusted)"), Map.entry("payback", "Payback"),
            Map.entry("costChart", "Costs by category over the horizon"),
            Map.entry("estimatedBy", "estimated by"), Map.entry("hiddenCostFinding", "Hidden-cost finding"),
            Map.entry("engineVersion", "Engine version"),
            Map.entry("rulesHash", "Rule pack hash"), Map.entry("inputHash", "Input hash"), Map.entry("origin", "Origin"),
            Map.entry("engineCommit", "Engine build commit"), Map.entry("ruleFiles", "Rule-pack files"),
            Map.entry("ruleFilesCount", "{n} ({builtIn} built-in, {overlay} from the overlay)"),
            Map.entry("pluginEntry", "Plugin"), Map.entry("file", "File"),
            Map.entry("fileOrigin-built-in", "built-in"), Map.entry("fileOrigin-overlay", "overlay"), Map.entry("comma", ", "),
            Map.entry("grade-strong", "Strong"), Map.entry("grade-positive", "Positive"),
            Map.entry("grade-marginal", "Marginal"), Map.entry("grade-negative", "Negative"),
            Map.entry("grade-unproven", "Unproven"), Map.entry("confidence-high", "high"),
            Map.entry("confidence-medium", "medium"), Map.entry("confidence-low", "low"),
            // payback, IRR and TCO view
            Map.entry("discountedPaybackMonths", "Discounted payback (months)"),
            Map.entry("notMeaningful", "not meaningful"), Map.entry("tco", "Total cost of ownership"),
            Map.entry("firstYearCost", "First-year cost as entered (period 0 + year 1, by the year each cost covers)"),
            Map.entry("firstYearCostAllIn", "First-year cost as entered (all-in total; period 0 + year 1, by the year each cost covers)"),
            Map.entry("quote", "Quote (licence and subscription; period 0 + year 1, by the year each covers)"),
            Map.entry("firstYearAboveQuotePercent", "First year above the quote, as entered (%)"),
            Map.entry("firstYearCostAdjusted", "First-year cost adjusted (period 0 + year 1, by the year each cost covers)"),
            Map.entry("firstYearAboveQuotePercentAdjusted", "First year above the quote, adjusted (%)"),
            Map.entry("tcoByYear", "Cost per period, as paid"), Map.entry("seats", "Seats"),
            Map.entry("licensedUsers", "Licensed seats"), Map.entry("activeUsers", "Active users"),
            Map.entry("unusedSeats", "Unused seats"), Map.entry("costPerSeatYear", "Software cost per seat and year"),
            Map.entry("unusedSeatsYearlyCost", "Yearly cost of unused seats"),
            // lists of lines, per-year cells that are not yearly, an assumed deployment
            Map.entry("itemSeparator", ", "), Map.entry("annualOnce", "— (one-off)"),
            Map.entry("annualSchedule", "— (by schedule)"), Map.entry("deploymentAssumed", "assumed; not given"), Map.entry("neverOutOfPocket", "none: costs never run ahead of benefits"),
            // executive summary, waterfall, sensitivity and uncertainty
            Map.entry("colon", ": "), Map.entry("gradeRule", "Grade rule"), Map.entry("pp", "pp"), Map.entry("parenOpen", " ("), Map.entry("parenClose", ")"), Map.entry("afterParen", " "), Map.entry("paybackMarker", "Payback ({series}): {months} months"), Map.entry("listSeparator", "; "), Map.entry("reasonDash", " — "), Map.entry("summary", "Executive summary"),
            Map.entry("summary.verdict", "Verdict: {grade} (confidence {confidence}). Adjusted discounted ROI {roi}, NPV {npv}, payback {payback}."),
            Map.entry("summary.verdictFullShare", "Verdict: {grade} (confidence {confidence}). If all of the gain were the CRM's (no share is given): adjusted discounted ROI {roi}, NPV {npv}, payback {payback}."),
            Map.entry("summary.range", "Over {draws} draws of the uncertain assumptions (seed {seed}), ROI lies between {p10} (P10) and"
                    + " {p90} (P90), median {p50}; the probability that NPV is below zero is {probability}."),
            Map.entry("summary.rangeNpv", "Over {draws} draws of the uncertain assumptions (seed {seed}), ROI is undefined in"
                    + " every draw (there is no cost to measure a return against); NPV lies between {p10} (P10) and {p90} (P90),"
                    + " median {p50}; the probability that NPV is below zero is {probability}."),
            Map.entry("summary.pointAboveBand", "The adjusted ROI of {roi}, which takes every driver at the case's own value, lies above"
                    + " P90: the drawn ranges lean to the downside of those values, so the point estimate is the optimistic"
                    + " end of the outcomes and the median is the better middle."),
            Map.entry("summary.pointBelowBand", "The adjusted ROI of {roi}, which takes every driver at the case's own value, lies below"
                    + " P10: the drawn ranges lean to the upside of those values, so the point estimate is the pessimistic"
                    + " end of the outcomes and the median is the better middle."),
            Map.entry("summary.pointAboveMedian", "The adjusted ROI of {roi}, which takes every driver at the case's own value, lies"
                    + " above this median: the drawn ranges lean to the downside of those values, so the median is the better middle."),
            Map.entry("summary.pointBelowMedian", "The adjusted ROI of {roi}, which takes every driver at the case's own value, lies"
                    + " below this median: the drawn ranges lean to the upside of those values, so the median is the better middle."),
            Map.entry("summary.rangeFlat", "None of the uncertain assumptions varies in this report (every range is a single value,"
                    + " or no range was given that applies to this case), so all {draws} Monte Carlo draws equal the point estimate:"
                    + " ROI {roi}. The figures carry no spread; the sensitivity section, where present, shows how far each driver may move."),
            Map.entry("summary.breakEvenOutside", ", outside its range of {low} to {high}"),
            Map.entry("summary.breakEvenAllOutside", "Each of these values lies outside the range its driver is varied over in this report:"
                    + " no one driver moving within its plausible range brings NPV to zero."),
            Map.entry("sentenceGap", " "),
            Map.entry("summary.noRange", "No Monte Carlo draws were run for this report (draws: 0): its figures are single point estimates; the sensitivity section, where present, moves one driver at a time."),
            Map.entry("summary.drivers", "Largest effects on ROI: {drivers}."),
            Map.entry("summary.driver", "{driver} from {low} to {high} moves ROI from {roiLow} ({gradeLow}) to {roiHigh} ({gradeHigh})"),
            Map.entry("summary.toleranceFall", "To break even: adjusted benefits may fall by {tolerance} before NPV reaches zero."),
            Map.entry("summary.toleranceRise", "To break even: adjusted benefits must rise by {tolerance} for NPV to reach zero."),
            Map.entry("summary.breakEvenValues", "NPV is zero when, all else unchanged, {items}."),
            Map.entry("summary.breakEvenItem", "{driver} is {value} (now {current})"),
            Map.entry("summary.breakEvenItemAssumed", "{driver} is {value} (the figures assume {current}: no share is given)"),
            Map.entry("enteredRoi", "Entered ROI"), Map.entry("adjustedRoi", "Adjusted ROI"),
            Map.entry("waterfallChart", "From entered to adjusted ROI, step by step"),
            Map.entry("roiSimpleAxis", "Simple ROI (undiscounted) after each step"),
            Map.entry("waterfallNote", "Each bar replays one adjustment step on total costs and benefits; the steps change"
                    + " undiscounted totals, so the chart shows simple ROI."),
            Map.entry("sensitivity", "How sure is the verdict"), Map.entry("tornadoChart", "One driver at a time: ROI at each end of its range"),
            Map.entry("atLow", "driver at its low end"), Map.entry("atHigh", "driver at its high end"),
            Map.entry("pointRoi", "point ROI"), Map.entry("distributionChart", "Distribution of ROI over the draws"),
            Map.entry("gradeShares", "Share of draws per grade"),
            Map.entry("gradeSharesBands", "Share of draws per ROI band (the verdict is unproven whatever the band)"),
            Map.entry("gradeBand", "{grade} band"), Map.entry("driver", "Driver"), Map.entry("low", "Low"),
            Map.entry("likely", "Likely"), Map.entry("high", "High"), Map.entry("roiLow", "ROI at low"),
            Map.entry("roiHigh", "ROI at high"), Map.entry("breakEven", "Break-even values (adjusted NPV = 0)"),
            Map.entry("current", "Current"), Map.entry("breakEvenValue", "Break-even"),
            Map.entry("toleranceFall", "Benefits may fall by"),
            Map.entry("toleranceRise", "Benefits must rise by"), Map.entry("uncertainty", "Monte Carlo"),
            Map.entry("draws", "Draws"), Map.entry("seed", "Seed"), Map.entry("ranges", "Ranges drawn (triangular)"),
            Map.entry("probabilityNpvBelowZero", "Probability that NPV < 0"), Map.entry("tornado", "Tornado"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("title", "CRM 投资回报评估"), Map.entry("verdict", "结论"), Map.entry("grade", "评级"),
            Map.entry("confidence", "可信度"), Map.entry("profile", "企业画像"), Map.entry("industry", "行业"),
            Map.entry("segment", "规模"), Map.entry("deployment", "部署方式"), Map.entry("financials", "财务指标"),
            Map.entry("figure", "指标"), Map.entry("entered", "录入值"), Map.entry("adjusted", "调整值"),
            Map.entry("adjustments", "从录入值到调整值"), Map.entry("step", "步骤"), Map.entry("target", "适用对象"),
            Map.entry("factor", "系数"), Map.entry("costsDelta", "成本变化"), Map.entry("benefitsDelta", "收益变化"),
            Map.entry("costs", "按类别的成本"), Map.entry("category", "类别"), Map.entry("estimated", "估算（隐性）"),
            Map.entry("benefits", "收益明细"), Map.entry("source", "来源"), Map.entry("formula", "公式"),
            Map.entry("annual", "每年"), Map.entry("total", "录入合计"), Map.entry("adjustedTotal", "调整合计"),
            Map.entry("indicators", "非财务指标"), Map.entry("before", "上线前"), Map.entry("after", "上线后"),
            Map.entry("claim", "声称 ROI 核查"), Map.entry("claimed", "声称的 ROI"), Map.entry("recomputed", "重新计算的 ROI"),
            Map.entry("ratio", "收益/成本比"), Map.entry("consistent", "是否一致"),
            Map.entry("findings", "发现的问题"), Map.entry("none", "无。"), Map.entry("evidence", "依据"),
            Map.entry("estimate", "估算"), Map.entry("rule", "规则"), Map.entry("recommendations", "建议"),
            Map.entry("because", "依据的发现"), Map.entry("definitions", "指标定义"), Map.entry("provenance", "来源与版本"),
            Map.entry("trace", "规则执行记录"), Map.entry("periods", "各期现金流（调整值）"),
            Map.entry("period", "期"), Map.entry("net", "净额"), Map.entry("cumulative", "累计"),
            Map.entry("yes", "是"), Map.entry("no", "否"), Map.entry("never", "评估期内未回本"),
            Map.entry("undefined", "无定义"), Map.entry("months", "个月"),
            Map.entry("hidden-cost", "隐性成本"), Map.entry("mistake", "计算误区"),
            Map.entry("data", "输入数据质量"), Map.entry("plugin", "指标插件"),
            Map.entry("totalCosts", "总成本"), Map.entry("totalBenefits", "总收益"),
            Map.entry("pvCosts", "成本现值"), Map.entry("pvBenefits", "收益现值"), Map.entry("npv", "净现值"),
            Map.entry("roiPercent", "折现 ROI"), Map.entry("simpleRoiPercent", "简单 ROI"),
            Map.entry("paybackMonths", "回收期（月）"), Map.entry("irrPercent", "内部收益率"),
            Map.entry("horizon", "评估期"), Map.entry("years", "年"), Map.entry("year", "年"), Map.entry("discountRate", "折现率"),
            // HTML rendering
            Map.entry("currency", "币种"), Map.entry("assumptions", "假设"), Map.entry("value", "取值"),
            Map.entry("assumptionsListed", "{n} 项，列于建议之后的“假设”一节"),
            Map.entry("note", "说明"), Map.entry("pluginAssumptions", "所用插件假设"),
            Map.entry("pluginId", "插件"), Map.entry("unit", "单位"), Map.entry("valueFrom", "取值来自"),
            Map.entry("valueFrom-default", "插件默认值"), Map.entry("valueFrom-case", "案例给定"),
            Map.entry("valueFrom-profile", "企业画像"), Map.entry("defaultWas", "默认"),
            Map.entry("keyFigures", "关键指标（调整值）"),
            Map.entry("confidenceRule", "可信度规则"), Map.entry("basis", "口径"), Map.entry("inputs", "输入"),
            Map.entry("severity", "严重程度"), Map.entry("priority", "优先级"), Map.entry("facts", "事实"),
            Map.entry("family-profile", "分类说明"),
            Map.entry("cashFlowChart", "各期累计净现金流"),
            Map.entry("cashFlowTable", "各期现金流"), Map.entry("cumulativeEntered", "累计（录入值）"),
            Map.entry("cumulativeAdjusted", "累计（调整值）"), Map.entry("payback", "回本点"),
            Map.entry("costChart", "评估期内按类别的成本"),
            Map.entry("estimatedBy", "估算来源"), Map.entry("hiddenCostFinding", "隐性成本发现"),
            Map.entry("engineVersion", "引擎版本"),
            Map.entry("rulesHash", "规则包哈希"), Map.entry("inputHash", "输入哈希"), Map.entry("origin", "加载来源"),
            Map.entry("engineCommit", "引擎构建提交"), Map.entry("ruleFiles", "规则包文件"),
            Map.entry("ruleFilesCount", "共 {n} 个（内置 {builtIn} 个，来自覆盖目录 {overlay} 个）"),
            Map.entry("pluginEntry", "插件"), Map.entry("file", "文件"),
            Map.entry("fileOrigin-built-in", "内置"), Map.entry("fileOrigin-overlay", "覆盖目录"), Map.entry("comma", "，"),
            Map.entry("pluginOrigin-class-path", "内置"),
            Map.entry("grade-strong", "回报显著"), Map.entry("grade-positive", "回报为正"),
            Map.entry("grade-marginal", "回报有限"), Map.entry("grade-negative", "回报为负"),
            Map.entry("grade-unproven", "未经证实"), Map.entry("confidence-high", "高"),
            Map.entry("confidence-medium", "中"), Map.entry("confidence-low", "低"),
            // payback, IRR and TCO view
            Map.entry("discountedPaybackMonths", "折现回收期（月）"),
            Map.entry("notMeaningful", "无意义"), Map.entry("tco", "总拥有成本"),
            Map.entry("firstYearCost", "第一年成本（录入值，初始期 + 第 1 年，按各项成本所覆盖的年度）"),
            Map.entry("firstYearCostAllIn", "第一年成本（录入值，一揽子总价；初始期 + 第 1 年，按各项成本所覆盖的年度）"),
            Map.entry("quote", "报价（软件许可与订阅；初始期 + 第 1 年，按所覆盖的年度）"),
            Map.entry("firstYearAboveQuotePercent", "第一年超出报价（录入值，%）"),
            Map.entry("firstYearCostAdjusted", "第一年成本（调整值，初始期 + 第 1 年，按各项成本所覆盖的年度）"),
            Map.entry("firstYearAboveQuotePercentAdjusted", "第一年超出报价（调整值，%）"),
            Map.entry("tcoByYear", "各期实付成本"), Map.entry("seats", "席位"),
            Map.entry("licensedUsers", "授权席位"), Map.entry("activeUsers", "活跃用户"),
            Map.entry("unusedSeats", "闲置席位"), Map.entry("costPerSeatYear", "每席位每年软件成本"),
            Map.entry("unusedSeatsYearlyCost", "闲置席位年成本"),
            // lists of lines, per-year cells that are not yearly, an assumed deployment
            Map.entry("itemSeparator", "、"), Map.entry("annualOnce", "—（一次性）"),
            Map.entry("annualSchedule", "—（按年度计划）"), Map.entry("deploymentAssumed", "默认假设，案例未给出"), Map.entry("neverOutOfPocket", "无：成本从未超前于收益"),
            // executive summary, waterfall, sensitivity and uncertainty
            Map.entry("colon", "："), Map.entry("gradeRule", "评级规则"), Map.entry("pp", "个百分点"), Map.entry("parenOpen", "（"), Map.entry("parenClose", "）"), Map.entry("afterParen", ""), Map.entry("paybackMarker", "回本点（{series}）：{months} 个月"), Map.entry("listSeparator", "；"), Map.entry("reasonDash", "——"), Map.entry("summary", "摘要"),
            Map.entry("summary.verdict", "结论：{grade}（可信度{confidence}）。调整后折现 ROI 为 {roi}，净现值 {npv}，回收期：{payback}。"),
            Map.entry("summary.verdictFullShare", "结论：{grade}（可信度{confidence}）。若全部收益都归功于 CRM（案例未给出归因比例）：调整后折现 ROI 为 {roi}，净现值 {npv}，回收期：{payback}。"),
            Map.entry("summary.range", "对不确定的假设抽样 {draws} 次（随机种子 {seed}），ROI 的 P10 为 {p10}、P90 为 {p90}，"
                    + "中位数为 {p50}；净现值小于零的概率为 {probability}。"),
            Map.entry("summary.rangeNpv", "对不确定的假设抽样 {draws} 次（随机种子 {seed}），每次抽样的 ROI 都无法定义（没有成本可作衡量回报的基数）；"
                    + "净现值的 P10 为 {p10}、P90 为 {p90}，中位数为 {p50}；净现值小于零的概率为 {probability}。"),
            Map.entry("summary.pointAboveBand", "调整后的 ROI 为 {roi}（各因素均取案例自身的取值），高于 P90：抽样区间偏向这些取值的不利一侧，"
                    + "因此这一点估计是各种结果中偏乐观的一端，中位数更能代表中间情况。"),
            Map.entry("summary.pointBelowBand", "调整后的 ROI 为 {roi}（各因素均取案例自身的取值），低于 P10：抽样区间偏向这些取值的有利一侧，"
                    + "因此这一点估计是各种结果中偏保守的一端，中位数更能代表中间情况。"),
            Map.entry("summary.pointAboveMedian", "调整后的 ROI 为 {roi}（各因素均取案例自身的取值），高于该中位数：抽样区间偏向这些取值的不利一侧，"
                    + "因此中位数更能代表中间情况。"),
            Map.entry("summary.pointBelowMedian", "调整后的 ROI 为 {roi}（各因素均取案例自身的取值），低于该中位数：抽样区间偏向这些取值的有利一侧，"
                    + "因此中位数更能代表中间情况。"),
            Map.entry("summary.rangeFlat", "本报告中没有任何不确定的假设会变动（各区间均为单一取值，或给出的区间都不适用于本案例），"
                    + "因此 {draws} 次蒙特卡洛抽样的结果都等于点估计：ROI {roi}。这些数据没有离散范围；如有敏感性分析，其中列出了各因素可变动的幅度。"),
            Map.entry("summary.breakEvenOutside", "，超出其区间 {low} 至 {high}"),
            Map.entry("summary.breakEvenAllOutside", "上述取值均超出本报告中相应因素的变动区间：任何单一因素在其合理区间内变动，都不会使净现值达到零。"),
            Map.entry("sentenceGap", ""),
            Map.entry("summary.noRange", "本报告未做蒙特卡洛抽样（抽样次数为 0）：各项数据均为单点估计；如有敏感性分析，其中每次只改变一个因素。"),
            Map.entry("summary.drivers", "对 ROI 影响最大的因素：{drivers}。"),
            Map.entry("summary.driver", "{driver}从 {low} 变到 {high}，ROI 从 {roiLow}（{gradeLow}）变为 {roiHigh}（{gradeHigh}）"),
            Map.entry("summary.toleranceFall", "盈亏平衡：调整后的收益下降 {tolerance} 时，净现值降至零。"),
            Map.entry("summary.toleranceRise", "盈亏平衡：调整后的收益须提高 {tolerance}，净现值才能达到零。"),
            Map.entry("summary.breakEvenValues", "其他条件不变时，以下任一情形会使净现值为零：{items}。"),
            Map.entry("summary.breakEvenItem", "{driver}为 {value}（当前 {current}）"),
            Map.entry("summary.breakEvenItemAssumed", "{driver}为 {value}（案例未给出份额，现有数据按 {current} 计算）"),
            Map.entry("enteredRoi", "录入的 ROI"), Map.entry("adjustedRoi", "调整后的 ROI"),
            Map.entry("waterfallChart", "从录入的 ROI 到调整后的 ROI：逐步调整"),
            Map.entry("roiSimpleAxis", "每一步之后的简单 ROI（不折现）"),
            Map.entry("waterfallNote", "每一条对应一个调整步骤对总成本和总收益的影响；调整步骤改变的是不折现的合计，因此图中为简单 ROI。"),
            Map.entry("sensitivity", "结论有多可靠"), Map.entry("tornadoChart", "逐一改变单个因素：其区间两端的 ROI"),
            Map.entry("atLow", "因素取下限"), Map.entry("atHigh", "因素取上限"),
            Map.entry("pointRoi", "点估计 ROI"), Map.entry("distributionChart", "抽样得到的 ROI 分布"),
            Map.entry("gradeShares", "各评级所占的抽样比例"),
            Map.entry("gradeSharesBands", "各 ROI 区间所占的抽样比例（无论落在哪个区间，结论都是“未经证实”）"),
            Map.entry("gradeBand", "“{grade}”区间"), Map.entry("driver", "因素"), Map.entry("low", "下限"),
            Map.entry("likely", "最可能值"), Map.entry("high", "上限"), Map.entry("roiLow", "下限时的 ROI"),
            Map.entry("roiHigh", "上限时的 ROI"), Map.entry("breakEven", "盈亏平衡值（调整后净现值为零）"),
            Map.entry("current", "当前值"), Map.entry("breakEvenValue", "盈亏平衡值"),
            Map.entry("toleranceFall", "收益可下降幅度"),
            Map.entry("toleranceRise", "收益须提高"), Map.entry("uncertainty", "蒙特卡洛模拟"),
            Map.entry("draws", "抽样次数"), Map.entry("seed", "随机种子"), Map.entry("ranges", "抽样区间（三角分布）"),
            Map.entry("probabilityNpvBelowZero", "净现值小于零的概率"), Map.entry("tornado", "龙卷风图"));

    /** Where a plugin assumption's value came from: the plugin's default, or the case or profile (with the default). */
    static String valueFrom(String lang, ReportProfile.PluginAssumption a) {
        if (!a.overridden()) {
            return get(lang, "valueFrom-default");
        }
        return get(lang, "valueFrom-" + a.overriddenBy()) + get(lang, "parenOpen") + get(lang, "defaultWas") + " "
                + Placeholders.format(a.defaultValue()) + get(lang, "parenClose");
    }

    private Labels() {
    }

    /** "58 (56 built-in, 2 from the overlay)": what an auditor checks first (did an overlay change the pack?). */
    static String ruleFilesCount(String lang, ReportProvenance p) {
        long overlay = p.ruleFiles().stream().filter(f -> !ReportProvenance.RuleFileEntry.BUILT_IN.equals(f.origin())).count();
        return get(lang, "ruleFilesCount").replace("{n}", String.valueOf(p.ruleFiles().size()))
                .replace("{builtIn}", String.valueOf(p.ruleFiles().size() - overlay)).replace("{overlay}", String.valueOf(overlay));
    }

    /** The word for {@code key} in {@code lang}; the key itself when unknown. */
    static String get(String lang, String key) {
        Map<String, String> m = lang != null && lang.startsWith("zh") ? ZH : EN;
        return m.getOrDefault(key, key);
    }

    /** The word for {@code prefix-value} (a grade, a confidence) in {@code lang}; {@code value} itself when unknown. */
    static String word(String lang, String prefix, String value) {
        Map<String, String> m = lang != null && lang.startsWith("zh") ? ZH : EN;
        return value == null ? "" : m.getOrDefault(prefix + "-" + value, value);
    }

    /**
     * The word for the grade an ROI falls in, as the sensitivity and Monte Carlo parts show it beside an ROI: the
     * grade's word ("Negative"), or, when the verdict is unproven by a rule whatever the ROI ({@code bands}), the
     * band's ("Negative band"), so that a reader does not take it for a grade the verdict could have.
     */
    static String grade(String lang, String grade, boolean bands) {
        String word = word(lang, "grade", grade);
        return bands && grade != null ? Placeholders.fill(get(lang, "gradeBand"), java.util.Map.of("grade", word)) : word;
    }

    /**
     * Whether the profile line shows the industry as the case wrote it beside the profile's word: not when it is the
     * same word, or the profile's id in another case ("Insurance" for insurance, "wholesale" for 批发): only a
     * different name ("中药" for pharma) tells the reader something.
     */
    static boolean industryInputShown(String lang, ReportProfile p) {
        String input = p.industryInput();
        return input != null && !input.equalsIgnoreCase(Words.of(lang, "industry", p.industry()))
                && !input.equalsIgnoreCase(p.industry());
    }

    /** How many assumptions the report lists in its appendix: the profile's and the plugins'. */
    static int assumptionCount(ReportProfile p) {
        return (p.assumptions() == null ? 0 : p.assumptions().size()) + p.pluginAssumptions().size();
    }

    /** The profile's pointer to the assumptions appendix: "66, listed under Assumptions …"; "" when there are none. */
    static String assumptionsListed(String lang, ReportProfile p) {
        int n = assumptionCount(p);
        return n == 0 ? "" : get(lang, "assumptionsListed").replace("{n}", String.valueOf(n));
    }

    /** Whether {@code r}'s verdict is unproven, so that ROI grades are only bands ({@link #grade}). */
    static boolean bands(Report r) {
        return r.verdict() != null && "unproven".equals(r.verdict().grade());
    }

    /**
     * The note after the deployment model when the case does not give one and the profile's default was used
     * ({@code profile.assumptions["deployment.basis"]} is {@code default}): " (assumed; not given)", so that an
     * assumed SaaS is not read as the case's fact; "" when the case gives the model.
     */
    static String deploymentAssumed(String lang, ReportProfile p) {
        var basis = p.assumptions() == null ? null : p.assumptions().get("deployment.basis");
        return basis != null && "default".equals(basis.value())
                ? get(lang, "parenOpen") + get(lang, "deploymentAssumed") + get(lang, "parenClose") : "";
    }

    /**
     * A benefit line's per-year cell: its steady-state yearly amount, or, for a case line that has none, why not —
     * a one-off ("— (one-off)") or a year-by-year schedule ("— (by schedule)") —, never "undefined" for a figure
     * that is simply not yearly. A plugin line without a yearly amount stays "undefined".
     */
    static String annual(String lang, ReportBenefitLine b) {
        if (b.annual() != null) {
            return Numbers.amount(b.annual());
        }
        if (b.source() != null && b.source().startsWith("case:")) {
            return get(lang, b.inputs() != null && b.inputs().containsKey("schedule") ? "annualSchedule" : "annualOnce");
        }
        return get(lang, "undefined");
    }

    /**
     * The benefit tolerance as a reader takes it, never a signed number under a neutral label: "Benefits may fall by
     * 35.83%" for −35.83 (NPV stays at or above 0 until then), "Benefits must rise by 199.58%" for +199.58.
     */
    static String tolerance(String lang, java.math.BigDecimal percent) {
        return get(lang, percent.signum() > 0 ? "toleranceRise" : "toleranceFall") + get(lang, "colon")
                + Numbers.percent(percent.abs());
    }
}

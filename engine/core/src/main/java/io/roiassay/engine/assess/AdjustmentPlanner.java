package io.roiassay.engine.assess;

import io.roiassay.engine.facts.AdjustmentRequest;
import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.facts.RuleRef;
import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.CostItem;
import io.roiassay.engine.report.Numbers;
import io.roiassay.engine.report.Words;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link AdjustmentPlan} from what the rules decided: the adjustments they asked for per line
 * ({@link AdjustmentRequest}), the corrections their findings asked for ({@link Finding#getCorrection()}) and
 * the hidden-cost estimates. The rules decide which step applies to which line; this class only looks up the
 * factor each step uses (case first, then profile) and lays the steps out in the documented chain order.
 */
final class AdjustmentPlanner {

    /** The realisation step of a per-user line: the ramp capped at adoption. */
    private static final Text CAPPED = Text.of("one realisation curve: ramp-up in the first years, capped at actual "
                    + "adoption (activeUsers ÷ licensedUsers); adoption caps the ramp, it does not multiply it",
            "统一的收益实现曲线：前几年按爬坡比例，并以实际使用率（活跃用户 ÷ 授权用户）为上限；使用率只封顶，不与爬坡相乘");
    /** The same when adoption is unknown (no user counts) or full: nothing to cap at. */
    private static final Text NO_KNOWN_CAP = Text.of("one realisation curve: ramp-up in the first years; not capped, "
                    + "as actual adoption (activeUsers ÷ licensedUsers) is not given or is full",
            "统一的收益实现曲线：前几年按爬坡比例；未提供实际使用率（活跃用户 ÷ 授权用户）或使用率已满，因此不封顶");
    /**
     * The realisation step of a company-level line: the ramp only. The reason must hold for a projected line too (a
     * vendor benchmark or a target, where no use has been observed): adoption scales only a per-user gain multiplied
     * out over the users, and a company-level figure is not one.
     */
    private static final Text UNCAPPED = Text.of("one realisation curve: ramp-up in the first years; not capped at "
                    + "adoption: a company-level figure is not a per-user gain multiplied out",
            "统一的收益实现曲线：前几年按爬坡比例；公司层面的指标不是按人均收益放大得出的，因此不以使用率封顶");
    /** The evidence classes as a Chinese step label names them (实测 for measured …): no English word in a zh-CN report. */
    private static final Map<String, String> EVIDENCE_ZH = Map.of("measured", "实测类",
            "controlled", "对照实验类", "target", "目标/预测类", "vendor-benchmark", "厂商基准类");

    /** What the cost risk step says, by the profile key of its factor. */
    private static final Map<String, Text> COST_RISK = Map.of(
            ProfileKeys.RISK_COSTS, Text.of("TEI risk adjustment: contracted fees raised (the licence, "
                    + "subscription and maintenance lines the case enters: a quoted price moves little)",
                    "TEI 风险调整：合同费用上调（案例录入的软件许可、订阅和维护费用：已报价的价格变动小）"),
            ProfileKeys.RISK_COSTS_ESTIMATED, Text.of("TEI risk adjustment: estimated costs raised (project work, "
                    + "internal labour and hidden-cost estimates overrun more often)",
                    "TEI 风险调整：估算成本上调（项目工作、内部人力和隐性成本估算更常超支）"));

    private final Case theCase;
    private final Profile profile;
    private final int years;

    AdjustmentPlanner(Case theCase, Profile profile) {
        this.theCase = theCase;
        this.profile = profile;
        this.years = theCase.years();
    }

    /**
     * A cost line's flow by the period it is paid in: an annual cost paid in advance moves each year's amount
     * to the start of that year ({@link Schedules#inAdvance}), as the entered financials place it. Corrections
     * are computed on the years a cost covers and placed the same way.
     */
    private List<BigDecimal> paid(int index, List<BigDecimal> covered) {
        return theCase.costs().get(index).paidAtYearStart() ? Schedules.inAdvance(covered) : covered;
    }

    private AdjustmentPlan.CostFlow paid(AdjustmentPlan.CostFlow correction) {
        String t = correction.target();
        int index = Integer.parseInt(t.substring(t.indexOf('[') + 1, t.indexOf(']')));
        return new AdjustmentPlan.CostFlow(correction.kind(), t, paid(index, correction.flow()), correction.finding(),
                correction.assumption(), correction.rule(), correction.description(), correction.factor());
    }

    AdjustmentPlan plan(List<BenefitLine> lines, List<List<BigDecimal>> costFlows, List<HiddenCostEstimator.Estimate> estimates,
                        List<AdjustmentRequest> requests, List<Finding> findings) {
        Map<String, AdjustmentRequest> asked = new HashMap<>();
        for (AdjustmentRequest r : requests) {
            asked.putIfAbsent(r.getStep() + "|" + r.getTarget(), r);
        }
        List<AdjustmentPlan.CostFlow> costs = new ArrayList<>();
        List<CostItem> items = theCase.costs();
        for (int i = 0; i < items.size(); i++) {
            costs.add(new AdjustmentPlan.CostFlow("entered", "costs[" + i + "]", paid(i, costFlows.get(i)), null, null,
                    null, null, null));
        }
        BigDecimal margin = ResolvedProfile.grossMargin(profile, theCase);
        Map<String, BigDecimal> toProfit = new HashMap<>();
        for (BenefitLine l : lines) {
            if (margin != null && asked.containsKey("gross-margin|" + l.key())) {
                toProfit.put(l.key(), margin);
            }
        }
        Map<String, String> names = costNames(theCase);
        Map<String, List<AdjustmentPlan.Factor>> drops = new LinkedHashMap<>();
        List<AdjustmentPlan.Choice> choices = new ArrayList<>();
        int lastBenefit = lastBenefitPeriod(lines);
        for (Finding f : findings) {
            if (f.getCorrection() == null) {
                continue;
            }
            switch (f.getCorrection()) {
                case "extend-recurring-costs" -> Corrections.extend(f, costFlows, lastBenefit, years, names,
                        theCase.currency()).forEach(cf -> costs.add(paid(cf)));
                case "repeat-once-costs" -> Corrections.repeat(f, costFlows, years, names, theCase.currency())
                        .forEach(cf -> costs.add(paid(cf)));
                case "keep-smaller" -> {
                    Corrections.keepSmaller(f, lines, toProfit).forEach(
                            (k, v) -> drops.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                    choices.add(Corrections.sides(f));
                }
                case "drop-lines" -> Corrections.drop(f, lines).forEach(
                        (k, v) -> drops.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                default -> throw new IllegalStateException("rule '" + f.getRule().name() + "' asked for an unknown "
                        + "correction '" + f.getCorrection() + "' (expected extend-recurring-costs, repeat-once-costs, "
                        + "keep-smaller or drop-lines)");
            }
        }
        for (HiddenCostEstimator.Estimate e : estimates) {
            RuleRef rule = findings.stream().filter(f -> f.getCode().equals(e.findingCode())).findFirst()
                    .map(Finding::getRule).orElse(null);
            costs.add(new AdjustmentPlan.CostFlow("hidden", e.category(), e.flow(), e.findingCode(),
                    ProfileKeys.hiddenCost(e.category(), "ratio"), rule, hiddenCostStep(e), e.ratio().toPlainString()));
        }

        List<AdjustmentPlan.Line> planned = new ArrayList<>();
        String marginKey = ResolvedProfile.grossMarginKey(profile, theCase);
        for (BenefitLine l : lines) {
            String key = l.key();
            List<AdjustmentPlan.Factor> chain = new ArrayList<>(drops.getOrDefault(key, List.of()));
            if (l.marginApplied()) {
                chain.add(new AdjustmentPlan.Factor("gross-margin", "grossMarginRate", margin, null, true,
                        marginKey, null, null, Text.of("gross margin inside the plugin's amount", "插件金额中已含毛利率")));
            }
            add(chain, asked.get("gross-margin|" + key), "grossMarginRate", margin, marginKey,
                    Text.of("revenue turned into profit at the margin rate", "收入按利润率折算为利润"));
            AdjustmentRequest productivity = asked.get("productivity|" + key);
            String productivityKey = productivity == null || productivity.getAssumption() == null
                    ? ProfileKeys.PRODUCTIVITY_UNSPECIFIED : productivity.getAssumption();
            add(chain, productivity, productivityKey,
                    productivity == null ? null : ResolvedProfile.number(profile, productivityKey), productivityKey,
                    Text.of("time saved valued with the productivity correction factor (time is not cash)",
                            "节省的时间按生产率修正系数折算（时间不等于现金）"));
            add(chain, asked.get("attribution|" + key), "crmShare", theCase.attribution().effectiveCrmShare(),
                    "attribution.crmShare", Text.of("share of the gain credited to the CRM (attribution.crmShare)",
                            "归因于 CRM 的收益份额（attribution.crmShare）"));
            AdjustmentRequest realise = asked.get("realisation|" + key);
            if (realise != null) {
                chain.add(realisation(realise, FactBuilder.firstBenefitYear(l.entered())));
            }
            AdjustmentRequest risk = asked.get("risk-benefits|" + key);
            if (risk != null) {
                String k = risk.getAssumption() == null ? ProfileKeys.RISK_BENEFITS : risk.getAssumption();
                String cls = k.equals(ProfileKeys.RISK_BENEFITS) ? "target" : k.substring(k.lastIndexOf('.') + 1);
                // the case's own figure (assumptions.riskAdjustment.benefits replaces every class) is said to be, as
                // the cost risk step says it (review: "0.90" beside a profile default of 0.95 read as an error)
                Text said = profile.fromCase(k)
                        ? Text.of("TEI risk adjustment of " + cls + " benefits, at the case's own rate"
                                + " (assumptions.riskAdjustment.benefits)", "TEI 风险调整：" + EVIDENCE_ZH.getOrDefault(cls, cls)
                                + "收益按案例自身给出的比例下调（assumptions.riskAdjustment.benefits）")
                        : Text.of("TEI risk adjustment of " + cls + " benefits", "TEI 风险调整：" + EVIDENCE_ZH.getOrDefault(cls, cls)
                                + "收益下调");
                add(chain, risk, "risk." + cls, BigDecimal.ONE.subtract(ResolvedProfile.number(profile, k)), k, said);
            }
            planned.add(new AdjustmentPlan.Line(key, l.id(), l.entered(), chain));
        }

        List<AdjustmentPlan.CostFlow> risked = new ArrayList<>(costs.size());
        for (AdjustmentPlan.CostFlow c : costs) {
            risked.add(c.withRisk(costRisk(asked, c)));
        }
        return new AdjustmentPlan(years, theCase.horizon().effectiveDiscountRate(), planned, risked, choices);
    }

    /**
     * A cost flow's risk factor: what the rules asked for its line ({@code costs[i]}; a correction is its line's
     * flow and takes the same factor), for the hidden-cost estimates ({@code hidden}), or for every cost
     * ({@code costs}); null when nothing was asked. The factor is 1 + the named profile key (default
     * {@link ProfileKeys#RISK_COSTS}).
     */
    private AdjustmentPlan.Factor costRisk(Map<String, AdjustmentRequest> asked, AdjustmentPlan.CostFlow c) {
        AdjustmentRequest r = asked.get("risk-costs|" + ("hidden".equals(c.kind()) ? "hidden" : c.target()));
        if (r == null) {
            r = asked.get("risk-costs|costs");
        }
        if (r == null) {
            return null;
        }
        String key = r.getAssumption() == null ? ProfileKeys.RISK_COSTS : r.getAssumption();
        String driver = key.startsWith("riskAdjustment.") ? "risk." + key.substring("riskAdjustment.".length()) : key;
        Text said = profile.fromCase(key) ? Text.of("TEI risk adjustment: costs raised by the case's own cost risk "
                        + "(assumptions.riskAdjustment.costs)", "TEI 风险调整：按案例自身给出的成本风险比例上调（assumptions.riskAdjustment.costs）")
                : COST_RISK.getOrDefault(key, Text.of("TEI risk adjustment: costs raised (" + key + ")",
                        "TEI 风险调整：成本上调（" + key + "）"));
        return new AdjustmentPlan.Factor("risk-costs", driver, BigDecimal.ONE.add(ResolvedProfile.number(profile, key)),
                null, false, key, r.getFinding(), r.getRule(), said);
    }

    private static void add(List<AdjustmentPlan.Factor> chain, AdjustmentRequest r, String driver, BigDecimal value,
                            String assumption, Text text) {
        if (r != null) {
            chain.add(new AdjustmentPlan.Factor(r.getStep(), driver, value, null, false, assumption, r.getFinding(),
                    r.getRule(), text));
        }
    }

    /**
     * One realisation curve: r(t) = min(ramp-up(t), adoption); adoption caps the ramp, never multiplies it. The
     * ramp-up starts in the line's first year of benefit ({@code start}): rampUp.year1 there, year2 the year after;
     * before it the line has nothing to realise (0).
     */
    private AdjustmentPlan.Factor realisation(AdjustmentRequest r, int start) {
        List<BigDecimal> ramp = null;
        if (r.isRamp()) {
            ramp = new ArrayList<>(Schedules.zeros(years));
            ramp.set(0, BigDecimal.ONE);
            for (int y = start; y <= years; y++) {
                ramp.set(y, ResolvedProfile.rampUp(profile, y - start + 1));
            }
        }
        if (!r.isAdoptionCap()) {
            // a company-level figure is not a per-user gain multiplied out: adoption neither caps it nor varies it
            return new AdjustmentPlan.Factor("realisation", null, null, ramp, false, "rampUp", r.getFinding(),
                    r.getRule(), UNCAPPED);
        }
        BigDecimal adoption = FactBuilder.adoptionRate(theCase);
        BigDecimal cap = adoption != null && adoption.compareTo(BigDecimal.ONE) < 0 ? adoption : null;
        String assumption = (ramp != null ? "rampUp" : "") + (ramp != null && cap != null ? ", " : "")
                + (cap != null ? "deployment.activeUsers/licensedUsers" : "");
        return new AdjustmentPlan.Factor("realisation", "adoptionRate", cap, ramp, false,
                assumption.isEmpty() ? "rampUp" : assumption, r.getFinding(), r.getRule(), cap != null ? CAPPED
                        : NO_KNOWN_CAP);
    }

    /** Each cost line's id by its path ({@code costs[2]} → {@code servers}), for the lines that have one. */
    static Map<String, String> costNames(Case theCase) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < theCase.costs().size(); i++) {
            if (theCase.costs().get(i).id() != null) {
                names.put("costs[" + i + "]", theCase.costs().get(i).id());
            }
        }
        return names;
    }

    private static int lastBenefitPeriod(List<BenefitLine> lines) {
        int last = -1;
        for (BenefitLine l : lines) {
            for (int t = l.entered().size() - 1; t > last; t--) {
                if (l.entered().get(t).signum() != 0) {
                    last = t;
                    break;
                }
            }
        }
        return last;
    }

    /**
     * What a hidden-cost step says: the ratio times the base, named for what it is and with its amount (the
     * {@code software} base is the licence plus one year of subscription, not the subscription over the horizon),
     * and the timing: "estimated integration cost added: 0.25 × software price (licence + one year of
     * subscription) of 120,000.00, once"; an annual one adds "each year (× 3 years)", as its step adds every year's.
     */
    private Text hiddenCostStep(HiddenCostEstimator.Estimate e) {
        String ratio = e.ratio().toPlainString();
        String amount = Numbers.amount(Money.round(e.baseAmount(), theCase.currency()));
        String baseEn = e.subscriptionAsLicense()
                ? "one year of subscription (no licence: the subscription is the software spend)"
                : Words.of("en", "base", e.base());
        String baseZh = e.subscriptionAsLicense() ? "一年订阅费（无软件许可费：订阅费即软件支出）"
                : Words.of("zh-CN", "base", e.base());
        // an annual estimate is added in every year: its step's total is the yearly amount times the years, said so
        boolean annual = "annual".equals(e.timing());
        return Text.of("estimated " + Words.of("en", "category", e.category()) + " cost added: " + ratio + " × " + baseEn + " of " + amount + ", "
                        + Words.of("en", "timing", e.timing()) + (annual ? " (× " + years + (years == 1 ? " year)" : " years)") : ""),
                "补充估算的" + chinese(e.category()) + "：" + ratio + " × " + baseZh + (baseZh.endsWith("）") ? "" : " ")
                        + amount + "，" + Words.of("zh-CN", "timing", e.timing()) + (annual ? "（共 " + years + " 年）" : ""));
    }

    /** The Chinese name of a cost category as a cost ("维护成本", "员工时间成本"), for the zh-CN description. */
    static String chinese(String category) {
        io.roiassay.engine.model.CostCategory c = io.roiassay.engine.model.CostCategory.of(category);
        String name = c == null || c.aliases().isEmpty() ? category : c.aliases().get(0);
        return name.endsWith("成本") ? name : name + "成本";
    }
}

package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.Words;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Corrects entered figures step by step, recording each step: hidden-cost estimates added; revenue turned
 * into gross profit; time valued with the productivity correction; attribution share and adoption applied;
 * ramp-up in the first years; TEI-style risk adjustment of benefits and costs.
 *
 * <p>Which lines each step touches (documented in docs/method.md): margin — stated {@code revenue}
 * benefits; productivity — {@code time-saved} benefits stated in the case (plugins already apply it);
 * attribution — plugin lines and stated {@code revenue}/{@code gross-profit} benefits (growth other
 * initiatives share); adoption — KPI-driven plugin lines and stated benefits whose source is
 * {@code estimated} or {@code vendor-benchmark}, scaled by activeUsers ÷ licensedUsers (a steady-state gain
 * projected over the horizon assumes every licensed user keeps working in the CRM; a measured stated
 * benefit is already what the company got); ramp-up — plugin lines (steady-state yearly amounts) and recurring stated
 * benefits counted in full from year 1 unless measured; risk — all benefits and all costs.
 */
final class Adjuster {

    /**
     * The adjusted flows and the steps that led to them; {@code undriven} and {@code driverSteps} record, per
     * line, the flow without the driver steps and which driver steps apply (even at factor 1), for
     * {@link SensitivityPlans}.
     */
    record Result(List<BigDecimal> costs, Map<String, List<BigDecimal>> benefitsByLine, List<AdjustmentStep> steps,
                  Map<String, List<BigDecimal>> undriven, Map<String, Set<String>> driverSteps) {
    }

    /** The steps whose factor is a sensitivity driver: the plan re-evaluates them with the driver changed. */
    static final Set<String> DRIVER_STEPS = Set.of("gross-margin", "attribution", "adoption");

    private final Case theCase;
    private final Profile profile;
    private final int years;
    private final List<AdjustmentStep> steps = new ArrayList<>();
    private final Map<String, List<BigDecimal>> undriven = new LinkedHashMap<>();
    private final Map<String, Set<String>> driverSteps = new LinkedHashMap<>();

    Adjuster(Case theCase, Profile profile) {
        this.theCase = theCase;
        this.profile = profile;
        this.years = theCase.years();
    }

    Result adjust(List<BigDecimal> enteredCosts, List<HiddenCostEstimator.Estimate> estimates, List<BenefitLine> lines,
                  BigDecimal adoptionRate) {
        List<BigDecimal> costs = enteredCosts;
        for (HiddenCostEstimator.Estimate e : estimates) {
            costs = Schedules.add(costs, e.flow());
            steps.add(new AdjustmentStep("hidden-cost", e.category(),
                    Text.of("estimated " + e.category() + " cost added (" + e.findingCode() + "): " + e.ratio().toPlainString()
                                    + " × " + e.base() + " " + e.timing(),
                            "补充估算的" + chinese(e.category()) + "（" + e.findingCode() + "）：" + e.ratio().toPlainString()
                                    + " × " + Words.of("zh-CN", "base", e.base()) + "，" + ("annual".equals(e.timing()) ? "每年" : "一次性")),
                    e.ratio().toPlainString(), Schedules.sum(e.flow()), BigDecimal.ZERO));
        }
        Map<String, List<BigDecimal>> benefits = new LinkedHashMap<>();
        for (BenefitLine l : lines) {
            benefits.put(key(l), l.entered());
            undriven.put(key(l), l.entered());
            driverSteps.put(key(l), new java.util.TreeSet<>());
        }
        BigDecimal margin = ResolvedProfile.grossMargin(profile, theCase);
        scaleLines(benefits, lines, l -> !l.fromPlugin() && "revenue".equals(l.basis()), margin, "gross-margin",
                Text.of("revenue turned into gross profit at the gross margin rate", "收入按毛利率折算为毛利"));
        BigDecimal productivity = ResolvedProfile.number(profile, ProfileKeys.PRODUCTIVITY_PREFIX + "sales");
        scaleLines(benefits, lines, l -> !l.fromPlugin() && "time-saved".equals(l.basis()), productivity, "productivity",
                Text.of("time saved valued with the productivity correction factor (time is not cash)",
                        "节省的时间按生产率修正系数折算（时间不等于现金）"));
        BigDecimal share = theCase.attribution().effectiveCrmShare();
        scaleLines(benefits, lines, l -> l.fromPlugin() || "revenue".equals(l.basis()) || "gross-profit".equals(l.basis()),
                share, "attribution", Text.of("share of the gain credited to the CRM (attribution.crmShare)",
                        "归因于 CRM 的收益份额（attribution.crmShare）"));
        if (adoptionRate != null) {
            scaleLines(benefits, lines, l -> l.fromPlugin() || !"measured".equals(l.source()), adoptionRate, "adoption",
                    Text.of("KPI-driven and projected benefits scaled to actual adoption (activeUsers ÷ licensedUsers)",
                            "KPI 驱动的收益和预估收益按实际使用率折算（活跃用户 ÷ 授权用户）"));
        }
        rampUp(benefits, lines);
        BigDecimal riskB = BigDecimal.ONE.subtract(ResolvedProfile.number(profile, ProfileKeys.RISK_BENEFITS));
        scaleLines(benefits, lines, l -> true, riskB, "risk-benefits",
                Text.of("TEI risk adjustment: benefits reduced", "TEI 风险调整：收益下调"));
        BigDecimal riskC = BigDecimal.ONE.add(ResolvedProfile.number(profile, ProfileKeys.RISK_COSTS));
        List<BigDecimal> riskedCosts = Schedules.scale(costs, riskC);
        if (riskC.compareTo(BigDecimal.ONE) != 0) {
            steps.add(new AdjustmentStep("risk-costs", "all", Text.of("TEI risk adjustment: costs raised", "TEI 风险调整：成本上调"),
                    riskC.toPlainString(), Schedules.sum(riskedCosts).subtract(Schedules.sum(costs)), BigDecimal.ZERO));
        }
        return new Result(riskedCosts, benefits, List.copyOf(steps), undriven, driverSteps);
    }

    private void rampUp(Map<String, List<BigDecimal>> benefits, List<BenefitLine> lines) {
        List<BigDecimal> factors = new ArrayList<>(Schedules.zeros(years));
        factors.set(0, BigDecimal.ONE);
        for (int y = 1; y <= years; y++) {
            factors.set(y, ResolvedProfile.rampUp(profile, y));
        }
        String label = factors.subList(1, factors.size()).stream().map(BigDecimal::toPlainString)
                .collect(Collectors.joining("/"));
        BigDecimal delta = BigDecimal.ZERO;
        List<String> targets = new ArrayList<>();
        for (BenefitLine l : lines) {
            boolean fullFromYearOne = l.annual() != null && l.entered().size() > 1
                    && l.entered().get(1).compareTo(l.annual()) == 0 && l.annual().signum() != 0;
            boolean projectedRecurring = !"measured".equals(l.source())
                    && ("annual".equals(l.recurrence()) || "monthly".equals(l.recurrence())) && fullFromYearOne;
            if (!(l.fromPlugin() || projectedRecurring)) {
                continue;
            }
            List<BigDecimal> before = benefits.get(key(l));
            List<BigDecimal> after = Schedules.multiply(before, factors);
            delta = delta.add(Schedules.sum(after).subtract(Schedules.sum(before)));
            benefits.put(key(l), after);
            undriven.put(key(l), Schedules.multiply(undriven.get(key(l)), factors));
            targets.add(l.id());
        }
        if (!targets.isEmpty() && delta.signum() != 0) {
            steps.add(new AdjustmentStep("ramp-up", String.join(", ", targets),
                    Text.of("share of the steady-state benefit realised in years 1..N", "第 1 至 N 年实现的稳态收益比例"),
                    label, BigDecimal.ZERO, delta));
        }
    }

    private void scaleLines(Map<String, List<BigDecimal>> benefits, List<BenefitLine> lines,
                            java.util.function.Predicate<BenefitLine> which, BigDecimal factor, String step, Text text) {
        boolean driver = DRIVER_STEPS.contains(step);
        for (BenefitLine l : lines) {
            if (!which.test(l)) {
                continue;
            }
            if (driver) {
                driverSteps.get(key(l)).add(step);
            } else {
                undriven.put(key(l), Schedules.scale(undriven.get(key(l)), factor));
            }
        }
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return;
        }
        BigDecimal delta = BigDecimal.ZERO;
        List<String> targets = new ArrayList<>();
        for (BenefitLine l : lines) {
            if (!which.test(l)) {
                continue;
            }
            List<BigDecimal> before = benefits.get(key(l));
            List<BigDecimal> after = Schedules.scale(before, factor);
            delta = delta.add(Schedules.sum(after).subtract(Schedules.sum(before)));
            benefits.put(key(l), after);
            targets.add(l.id());
        }
        if (!targets.isEmpty()) {
            steps.add(new AdjustmentStep(step, String.join(", ", targets), text, factor.toPlainString(),
                    BigDecimal.ZERO, delta));
        }
    }

    /** The Chinese name of a cost category as a cost ("维护成本", "员工时间成本"), for the zh-CN description. */
    private static String chinese(String category) {
        io.roiassay.engine.model.CostCategory c = io.roiassay.engine.model.CostCategory.of(category);
        String name = c == null || c.aliases().isEmpty() ? category : c.aliases().get(0);
        return name.endsWith("成本") ? name : name + "成本";
    }

    /** Lines are keyed by source and id so a stated and a plugin line of one name stay apart. */
    static String key(BenefitLine l) {
        return l.sourceLabel() + "#" + l.id();
    }
}

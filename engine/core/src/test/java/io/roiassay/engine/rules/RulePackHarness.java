package io.roiassay.engine.rules;

import io.roiassay.engine.facts.BenefitFact;
import io.roiassay.engine.facts.CaseFact;
import io.roiassay.engine.facts.CaseTotals;
import io.roiassay.engine.facts.EvidenceMix;
import io.roiassay.engine.facts.ClaimFact;
import io.roiassay.engine.facts.CostFact;
import io.roiassay.engine.facts.Figures;
import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.KpiFact;
import io.roiassay.engine.facts.Outcome;
import io.roiassay.engine.facts.PluginIssue;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.Recommendation;
import io.roiassay.engine.facts.Verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the rule pack on disk ({@code rules/}) over a hand-built scenario the way the engine does:
 * profile → findings → entered and adjusted figures → verdict → recommendations. The default scenario is a
 * "clean" case — a mid-size retail company on SaaS that enters every cost category, a ramped, measured
 * gross-profit benefit, a satisfaction KPI and its own gross margin — on which no finding fires; each test
 * changes one thing.
 */
final class RulePackHarness {

    static final Path RULES = Path.of("../../rules");

    private static RulePack pack;

    private RulePackHarness() {
    }

    /** The pack, compiled once per test JVM (about a second). */
    static synchronized RulePack pack() {
        if (pack == null) {
            try {
                pack = new DroolsCompiler().compile(sourceFiles());
            } catch (RulePackException e) {
                throw new AssertionError("rule pack does not compile: " + e.getMessage(), e);
            }
        }
        return pack;
    }

    /**
     * The rule files under {@code rules/}, without Maven's build output: {@code mvn -pl rules} copies every
     * .drl into {@code rules/target/classes}, and {@link RuleSources#directory} would read both copies.
     */
    static List<RuleFile> sourceFiles() throws RulePackException {
        return RuleSources.directory(RULES).stream().filter(f -> !f.path().startsWith("target/")).toList();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Scenario scenario() {
        return new Scenario();
    }

    /** A case under construction, with the facts the engine would insert. */
    static final class Scenario {
        String industry = "retail";
        Integer employees = 320;
        /** With 320 staff, mid-size under the CN SME standard for retail (both figures needed; large from 200 M). */
        BigDecimal annualRevenue = dec("80000000");
        BigDecimal grossMarginRate = dec("0.32");
        String deployment = "saas";
        Integer licensedUsers;
        Integer activeUsers;
        int horizonYears = 3;
        BigDecimal crmShare;
        List<String> initiatives = List.of();
        boolean rampUpGiven;
        String currency = "CNY";
        final List<CostFact> costs = new ArrayList<>();
        final List<BenefitFact> benefits = new ArrayList<>();
        final List<KpiFact> kpis = new ArrayList<>();
        final List<PluginIssue> issues = new ArrayList<>();
        ClaimFact claim;
        boolean withFigures = true;
        BigDecimal adjustedRoi = dec("50");
        BigDecimal adjustedPayback = dec("20");
        BigDecimal hiddenCostEstimate = BigDecimal.ZERO;
        String costCoverage = "itemized";
        boolean riskAdjusted;
        final Set<String> included = new TreeSet<>();
        /** Null: derived from the benefit lines' entered totals and the hidden-cost estimate, as the engine does. */
        EvidenceMix evidence;

        Scenario() {
            for (String category : List.of("implementation", "training", "data-migration", "integration",
                    "change-management", "internal-staff")) {
                onceCost(category, "50000");
            }
            annualCost("subscription", "120000");
            annualCost("maintenance", "20000");
            addBenefit(benefit("gross-profit", "measured", 1, 3, "250000", "50000", "100000"));
            kpis.add(new KpiFact("service", "customerSatisfaction", dec("0.78"), dec("0.86")));
        }

        Scenario industry(String text) { industry = text; return this; }
        Scenario employees(Integer n) { employees = n; return this; }
        Scenario annualRevenue(String amount) { annualRevenue = amount == null ? null : dec(amount); return this; }
        Scenario grossMarginRate(String rate) { grossMarginRate = rate == null ? null : dec(rate); return this; }
        Scenario deployment(String model) { deployment = model; return this; }
        Scenario users(Integer licensed, Integer active) { licensedUsers = licensed; activeUsers = active; return this; }
        Scenario horizonYears(int years) { horizonYears = years; return this; }
        Scenario crmShare(String share) { crmShare = share == null ? null : dec(share); return this; }
        Scenario initiatives(String... names) { initiatives = List.of(names); return this; }
        Scenario currency(String code) { currency = code; return this; }
        Scenario allIn() { costCoverage = "all-in"; return this; }
        Scenario riskAdjusted() { riskAdjusted = true; return this; }
        Scenario includes(String... categories) { included.addAll(List.of(categories)); return this; }
        /** The evidence behind the adjusted value (shares of measured, controlled, target, vendor; estimated costs). */
        Scenario evidence(String measured, String controlled, String target, String vendor, String estimatedCosts) {
            evidence = new EvidenceMix(dec(measured), dec(controlled), dec(target), dec(vendor), dec(estimatedCosts));
            return this;
        }
        Scenario noFigures() { withFigures = false; return this; }
        Scenario adjustedRoi(String roi) { adjustedRoi = roi == null ? null : dec(roi); return this; }
        Scenario hiddenCostEstimate(String amount) { hiddenCostEstimate = dec(amount); return this; }

        /** Removes every cost line of a category. */
        Scenario without(String category) {
            costs.removeIf(c -> c.getCategory().equals(category));
            return this;
        }

        Scenario noCosts() { costs.clear(); return this; }
        Scenario noBenefits() { benefits.clear(); return this; }
        Scenario noKpis() { kpis.clear(); return this; }

        Scenario onceCost(String category, String amount) {
            costs.add(new CostFact(costs.size(), null, category, "once", false, 0, 0, dec(amount)));
            return this;
        }

        Scenario annualCost(String category, String amount) {
            return cost(category, "annual", 1, horizonYears, dec(amount).multiply(BigDecimal.valueOf(horizonYears)));
        }

        Scenario cost(String category, String recurrence, int first, int last, BigDecimal total) {
            costs.add(new CostFact(costs.size(), null, category, recurrence, false, first, last, total));
            return this;
        }

        /** Adds a benefit line (the default "clean" benefit stays unless {@link #noBenefits()} is called). */
        Scenario addBenefit(BenefitFact b) {
            if (b.isFromCase()) {
                long index = benefits.stream().filter(BenefitFact::isFromCase).count();
                b = new BenefitFact("benefits[" + index + "]", b.getOrigin(), b.getLineId(), b.getBasis(), b.getSource(),
                        b.getRecurrence(), b.getFirstPeriod(), b.getLastPeriod(), b.getTotal(), b.getYearOne(),
                        b.getFirstYearAmount(), b.getSteadyState(), b.isHoursGiven(), b.isMarginApplied());
            }
            benefits.add(b);
            return this;
        }

        Scenario kpi(String plugin, String name) {
            kpis.add(new KpiFact(plugin, name, BigDecimal.ONE, BigDecimal.TEN));
            return this;
        }

        Scenario issue(String plugin, String kind, String detail, String... missing) {
            issues.add(new PluginIssue(plugin, "1.0.0", kind, detail, List.of(missing)));
            return this;
        }

        /** A claim; the two recomputations are made the way the engine makes them (2 decimals). */
        Scenario claim(String roiPercent, String totalBenefit, String totalCost, String basis, Integer months,
                       Boolean discounted) {
            BigDecimal b = dec(totalBenefit);
            BigDecimal c = dec(totalCost);
            BigDecimal recomputed = b.subtract(c).multiply(BigDecimal.valueOf(100)).divide(c, 2, RoundingMode.HALF_UP);
            BigDecimal ratio = b.multiply(BigDecimal.valueOf(100)).divide(c, 2, RoundingMode.HALF_UP);
            claim = new ClaimFact(dec(roiPercent), b, c, basis, months, discounted, recomputed, ratio);
            return this;
        }

        /** The seed-001 example, consistent with itself: cost 12 000, gross profit 75 000 → 525% over a year. */
        Scenario consistentClaim() {
            return claim("525", "75000", "12000", "gross-profit", 12, false);
        }

        CaseTotals totals() {
            BigDecimal totalCosts = sum(costs.stream().map(CostFact::getTotal).toList());
            BigDecimal totalBenefits = sum(benefits.stream().map(BenefitFact::getTotal).toList());
            BigDecimal license = sum(costs.stream().filter(c -> c.getCategory().equals("license")).map(CostFact::getTotal).toList());
            BigDecimal subscription = sum(costs.stream().filter(c -> c.getCategory().equals("subscription")).map(CostFact::getTotal).toList());
            BigDecimal positive = sum(benefits.stream().map(BenefitFact::getTotal).filter(t -> t.signum() > 0).toList());
            BigDecimal vendor = sum(benefits.stream().filter(b -> "vendor-benchmark".equals(b.getSource()))
                    .map(BenefitFact::getTotal).filter(t -> t.signum() > 0).toList());
            BigDecimal share = positive.signum() == 0 ? BigDecimal.ZERO : vendor.divide(positive, 4, RoundingMode.HALF_UP);
            int lastRecurring = costs.stream().filter(CostFact::isRecurring).mapToInt(CostFact::getLastPeriod).max().orElse(-1);
            int lastBenefit = benefits.stream().mapToInt(BenefitFact::getLastPeriod).max().orElse(-1);
            Set<String> categories = new TreeSet<>();
            costs.forEach(c -> categories.add(c.getCategory()));
            return new CaseTotals(totalCosts, totalBenefits, license, subscription, share, lastRecurring, lastBenefit,
                    categories).including(included);
        }

        EvidenceMix evidenceMix(BigDecimal adjustedCosts) {
            java.util.Map<String, BigDecimal> by = new java.util.HashMap<>();
            BigDecimal positive = BigDecimal.ZERO;
            for (BenefitFact b : benefits) {
                if (b.getTotal().signum() > 0) {
                    by.merge(b.getEvidence(), b.getTotal(), BigDecimal::add);
                    positive = positive.add(b.getTotal());
                }
            }
            BigDecimal p = positive;
            java.util.function.Function<String, BigDecimal> share = k -> p.signum() == 0 || !by.containsKey(k)
                    ? BigDecimal.ZERO : by.get(k).divide(p, 4, RoundingMode.HALF_EVEN);
            BigDecimal est = adjustedCosts.signum() == 0 ? BigDecimal.ZERO
                    : hiddenCostEstimate.divide(adjustedCosts, 4, RoundingMode.HALF_EVEN);
            return new EvidenceMix(share.apply("measured"), share.apply("controlled"), share.apply("target"),
                    share.apply("vendor-benchmark"), est);
        }

        CaseFact caseFact() {
            BigDecimal adoption = licensedUsers == null || activeUsers == null || licensedUsers == 0 ? null
                    : BigDecimal.valueOf(activeUsers).divide(BigDecimal.valueOf(licensedUsers), 4, RoundingMode.HALF_UP);
            return new CaseFact("test-case", industry.strip().toLowerCase(java.util.Locale.ROOT), employees,
                    annualRevenue, grossMarginRate, deployment, licensedUsers, activeUsers, adoption, horizonYears,
                    crmShare, initiatives, rampUpGiven, currency).withCoverage(costCoverage, riskAdjusted);
        }

        Result run() {
            Profile profile = new Profile();
            CaseTotals totals = totals();
            try (RuleRun run = pack().newRun()) {
                put(run, Phase.CLASSIFY, caseFact());
                put(run, Phase.FINDINGS, totals);
                costs.forEach(f -> put(run, Phase.FINDINGS, f));
                benefits.forEach(f -> put(run, Phase.FINDINGS, f));
                kpis.forEach(f -> put(run, Phase.FINDINGS, f));
                if (claim != null) {
                    put(run, Phase.FINDINGS, claim);
                }
                issues.forEach(f -> put(run, Phase.FINDINGS, f));
                put(run, Phase.CLASSIFY, profile);
                run.fire(Phase.CLASSIFY);
                run.fire(Phase.PROFILE);
                run.update(profile); // as the engine does after applying the case's own assumptions
                run.fire(Phase.FINDINGS);
                if (withFigures) {
                    BigDecimal cost = totals.getTotalCosts().add(hiddenCostEstimate);
                    // NPV consistent with the ROI (ROI = NPV ÷ PV(costs) × 100, costs taken undiscounted here).
                    BigDecimal npv = adjustedRoi == null ? null
                            : cost.multiply(adjustedRoi).divide(BigDecimal.valueOf(100));
                    put(run, Phase.VERDICT, new Figures("entered", totals.getTotalCosts(), totals.getTotalBenefits(),
                            npv, adjustedRoi, adjustedRoi, adjustedPayback, BigDecimal.ZERO));
                    put(run, Phase.VERDICT, new Figures("adjusted", cost, totals.getTotalBenefits(), npv,
                            adjustedRoi, adjustedRoi, adjustedPayback, hiddenCostEstimate));
                    put(run, Phase.VERDICT, evidence != null ? evidence : evidenceMix(cost));
                }
                run.fire(Phase.VERDICT);
                run.fire(Phase.RECOMMENDATIONS);
                return new Result(run.outcome(), profile, List.copyOf(run.trace()));
            }
        }
    }

    /**
     * Inserts a fact the way the engine does: only facts {@link Phase#adds()} declares for that phase (the
     * harness inserts the findings-phase facts before the profile fires, which is harmless: no profile rule
     * reads them).
     */
    private static void put(RuleRun run, Phase phase, Object fact) {
        if (!phase.adds().contains(fact.getClass().getSimpleName())) {
            throw new AssertionError(fact.getClass().getSimpleName() + " is not declared for phase " + phase);
        }
        run.insert(fact);
    }

    /** A stated (case) benefit line; {@link Scenario#addBenefit} numbers its path {@code benefits[i]}. */
    static BenefitFact benefit(String basis, String source, int first, int last, String total, String yearOne,
                               String steadyState) {
        return new BenefitFact("benefits[x]", "case", "stated-" + basis, basis, source, "schedule", first, last,
                dec(total), dec(yearOne), first <= 1 ? dec(yearOne) : dec(steadyState), dec(steadyState), false, false);
    }

    /** A metric plugin's benefit line (annual, measured from KPIs). */
    static BenefitFact pluginBenefit(String plugin, String lineId, boolean marginApplied) {
        String measures = lineId.contains("time") ? "time-saved" : lineId.equals("retention") ? "retention"
                : lineId.contains("cost") || lineId.contains("deflection") ? "cost-saving" : "revenue-growth";
        String basis = "time-saved".equals(measures) ? "time-saved" : "cost-saving".equals(measures) ? "cost-saving"
                : "gross-profit";
        return new BenefitFact("kpis." + plugin, "plugin:" + plugin, lineId, basis, "measured", "annual",
                1, 3, dec("90000"), dec("15000"), dec("15000"), dec("37500"), false, marginApplied)
                .describe("plugin:" + plugin + "#" + lineId, "measured", measures,
                        "time-saved".equals(measures) ? "per-user" : "company");
    }

    /** What the rules wrote, and the profile they built. */
    record Result(Outcome outcome, Profile profile, List<TraceEntry> trace) {
        List<String> codes() {
            return outcome.findings().stream().map(Finding::getCode).toList();
        }

        Optional<Finding> finding(String code) {
            return outcome.findings().stream().filter(f -> f.getCode().equals(code)).findFirst();
        }

        Verdict verdict() {
            return outcome.verdict();
        }

        Optional<Recommendation> recommendation(String code) {
            return outcome.recommendations().stream().filter(r -> r.getCode().equals(code)).findFirst();
        }

        List<String> recommendationCodes() {
            return outcome.recommendations().stream().map(Recommendation::getCode).toList();
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

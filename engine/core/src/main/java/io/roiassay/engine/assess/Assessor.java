package io.roiassay.engine.assess;

import io.roiassay.engine.facts.BenefitFact;
import io.roiassay.engine.facts.CaseFact;
import io.roiassay.engine.facts.CaseTotals;
import io.roiassay.engine.facts.CostFact;
import io.roiassay.engine.facts.Figures;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.finance.CashFlows;
import io.roiassay.engine.finance.FinancialCalculator;
import io.roiassay.engine.finance.Financials;
import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.KpiSet;
import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.engine.plugins.PluginOutput;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.rules.Phase;
import io.roiassay.engine.rules.RuleExecutionException;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RuleRun;
import io.roiassay.engine.rules.TraceEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs one case through plugins, rule phases and arithmetic, in this order: profile rules (or the profile
 * they resolved for an earlier case with the same classification inputs, see {@link ProfileCache}); the
 * case's assumption overrides; plugins; findings rules (which also ask for corrections and adjustments);
 * hidden-cost estimates, the {@link AdjustmentPlan} and entered/adjusted financials; break-even values, tornado and
 * draws on the compiled plan ({@link CaseSensitivity}); verdict and recommendation rules.
 */
final class Assessor {

    private final RulePack rules;
    private final List<LoadedPlugin> plugins;
    private final PluginRunner runner;
    private final Map<String, io.roiassay.plugin.PluginDescriptor> descriptors = new LinkedHashMap<>();
    private final ProfileCache profiles;

    /** The number of distinct resolved profiles kept per pack. */
    static final int PROFILE_CACHE_SIZE = 1024;

    Assessor(RulePack rules, List<LoadedPlugin> plugins, PluginRunner runner) {
        this(rules, plugins, runner, PROFILE_CACHE_SIZE);
    }

    /** With a profile cache of {@code profileCacheSize} entries (0: resolve every case's profile anew). */
    Assessor(RulePack rules, List<LoadedPlugin> plugins, PluginRunner runner, int profileCacheSize) {
        this.rules = rules;
        this.profiles = new ProfileCache(rules.files(), profileCacheSize);
        this.plugins = plugins;
        this.runner = runner;
        plugins.forEach(p -> descriptors.put(p.id(), p.descriptor()));
    }

    CaseRun run(Case c, String inputHash, AssessOptions options) {
        int years = c.years();
        String currency = c.currency();
        try (RuleRun run = rules.newRun()) {
            CaseFact caseFact = FactBuilder.caseFact(c);
            Profile profile = new Profile();
            insert(run, Phase.CLASSIFY, caseFact);
            insert(run, Phase.CLASSIFY, profile);
            run.fire(Phase.CLASSIFY);
            int classified = run.trace().size();
            List<Object> key = profiles.key(caseFact, profile);
            ProfileCache.Resolved cached = profiles.find(key);
            List<TraceEntry> profileTrace;
            if (cached != null) {
                cached.restoreInto(profile);
                profileTrace = cached.traceFor(caseFact);
            } else {
                int raised = raisedSoFar(run);
                run.fire(Phase.PROFILE);
                profileTrace = List.of();
                if (raisedSoFar(run) == raised) {
                    profiles.store(key, caseFact, profile, run.trace().subList(classified, run.trace().size()));
                }
            }
            ResolvedProfile.applyCaseOverrides(profile, c);
            List<String> missing = ResolvedProfile.missingKeys(profile);
            if (!missing.isEmpty()) {
                throw new RuleExecutionException("the profile rules left these assumptions unset: "
                        + String.join(", ", missing) + " (set them in rules/profiles/)");
            }
            List<String> outOfBounds = ResolvedProfile.outOfBounds(profile);
            if (!outOfBounds.isEmpty()) {
                throw new RuleExecutionException("the profile rules set assumptions out of bounds or to unknown words: "
                        + String.join("; ", outOfBounds));
            }
            profile.freeze();
            run.update(profile);

            List<PluginOutput> outputs = runPlugins(c, profile);
            // costFlows: by the year each amount covers (what rules and estimates reason about);
            // paidFlows: by the period it is paid in (what the financials discount), see Schedules.inAdvance.
            List<List<BigDecimal>> costFlows = new ArrayList<>();
            List<List<BigDecimal>> paidFlows = new ArrayList<>();
            List<List<BigDecimal>> advanceFlows = new ArrayList<>();
            Map<CostCategory, List<BigDecimal>> byCategory = new EnumMap<>(CostCategory.class);
            for (var cost : c.costs()) {
                List<BigDecimal> flow = Schedules.expand(cost, years);
                costFlows.add(flow);
                List<BigDecimal> paid = cost.paidAtYearStart() ? Schedules.inAdvance(flow) : flow;
                paidFlows.add(paid);
                if (cost.paidAtYearStart()) {
                    advanceFlows.add(paid);
                }
                byCategory.merge(cost.category(), flow, Schedules::add);
            }
            TcoInputs tco = TcoInputs.of(c, costFlows);
            List<BenefitLine> lines = new ArrayList<>(BenefitLines.stated(c.benefits(), years, ResolvedProfile.hourlyCost(profile)));
            lines.addAll(BenefitLines.fromPlugins(outputs, c.kpis(), years));

            List<CostFact> costFacts = FactBuilder.costFacts(c.costs(), costFlows);
            List<BenefitFact> benefitFacts = FactBuilder.benefitFacts(lines);
            costFacts.forEach(f -> insert(run, Phase.FINDINGS, f));
            benefitFacts.forEach(f -> insert(run, Phase.FINDINGS, f));
            FactBuilder.kpiFacts(c.kpis(), descriptors).forEach(f -> insert(run, Phase.FINDINGS, f));
            CaseTotals totals = FactBuilder.totals(costFacts, byCategory, lines, benefitFacts).including(FactBuilder.included(c));
            // the entered figures depend on no rule; a claim that says it is discounted is compared with their PVs
            List<BigDecimal> enteredCosts = Schedules.total(years, paidFlows);
            List<BigDecimal> yearEndCosts = Schedules.total(years, advanceFlows);
            List<BigDecimal> enteredBenefits = Schedules.total(years, lines.stream().map(BenefitLine::entered).toList());
            BigDecimal rate = c.horizon().effectiveDiscountRate();
            Financials entered = FinancialCalculator.compute(new CashFlows(enteredCosts, enteredBenefits, yearEndCosts),
                    rate, currency);
            if (c.claim() != null) {
                insert(run, Phase.FINDINGS, FactBuilder.claimFact(c.claim(), totals, entered, years));
            }
            outputs.stream().filter(o -> o.issue() != null).forEach(o -> insert(run, Phase.FINDINGS, o.issue()));
            insert(run, Phase.FINDINGS, totals);
            if (tco.seats() != null) {
                insert(run, Phase.FINDINGS, tco.seats());
            }
            run.fire(Phase.FINDINGS);


            var estimates = HiddenCostEstimator.estimate(run.outcome().findings(), profile, byCategory, years, currency);
            AdjustmentPlan plan = new AdjustmentPlanner(c, profile).plan(lines, costFlows, estimates,
                    run.outcome().adjustments(), run.outcome().findings());
            PlanEvaluator.Result adj = PlanEvaluator.apply(plan, AdjustmentPlanner.costNames(c));
            List<BigDecimal> adjustedBenefits = Schedules.total(years, adj.benefitsByLine().values());
            Financials adjusted = FinancialCalculator.compute(new CashFlows(adj.costs(), adjustedBenefits,
                    adjustedYearEnd(yearEndCosts, adj.costs())), rate, currency);
            BigDecimal hidden = BigDecimal.ZERO;
            for (var e : estimates) {
                hidden = hidden.add(Schedules.sum(e.flow()));
            }
            insert(run, Phase.VERDICT, figures("entered", entered, BigDecimal.ZERO));
            Figures adjustedFigures = figures("adjusted", adjusted, Money.round(hidden, currency));
            insert(run, Phase.VERDICT, adjustedFigures);
            insert(run, Phase.VERDICT, FactBuilder.evidenceMix(lines, adj.benefitsByLine(), adj.costs(), estimates,
                    adjusted.npv(), rate, currency));
            BigDecimal adoption = FactBuilder.adoptionRate(c);
            var compiled = SensitivityPlans.compile(plan, c, ResolvedProfile.grossMargin(profile, c), adoption);
            CaseSensitivity sensitivity = CaseSensitivity.compute(compiled, new CashFlows(adj.costs(), adjustedBenefits),
                    UncertaintyRanges.resolve(c, profile, compiled, adoption), profile, options);
            sensitivity.facts().forEach(f -> insert(run, Phase.VERDICT, f));
            UncertaintyRanges.caseRanges(c, profile, compiled, adoption).forEach(f -> insert(run, Phase.VERDICT, f));
            run.fire(Phase.VERDICT);
            if (run.outcome().verdict() == null) {
                throw new RuleExecutionException("no rule decided a verdict for case '" + c.id() + "' (the verdict"
                        + " phase ended without outcome.verdict(...)); a pack must grade every case: see"
                        + " rules/verdict/grades.drl");
            }
            run.fire(Phase.RECOMMENDATIONS);

            Map<String, BigDecimal> enteredByCategory = new LinkedHashMap<>();
            byCategory.forEach((k, v) -> enteredByCategory.put(k.id(), Schedules.sum(v)));
            return new CaseRun(c, inputHash, profile, outputs, lines, adj.benefitsByLine(), enteredByCategory,
                    estimates, entered, adjusted, adjustedFigures, adj.steps(), run.outcome(),
                    trace(classified, profileTrace, run.trace()), tco, plan, sensitivity);
        }
    }

    /**
     * This session's trace, with the cached profile rules' trace (empty when they ran in this session) in
     * the place they would have fired: after the first {@code classified} entries (the classify phase).
     */
    private static List<TraceEntry> trace(int classified, List<TraceEntry> profileTrace, List<TraceEntry> run) {
        if (profileTrace.isEmpty()) {
            return run;
        }
        List<TraceEntry> all = new ArrayList<>(run.size() + profileTrace.size());
        all.addAll(run.subList(0, classified));
        all.addAll(profileTrace);
        all.addAll(run.subList(classified, run.size()));
        return all;
    }

    /**
     * How much the rules have raised so far (findings, recommendations, a verdict): a profile phase that
     * raised something depends on more than the profile, so its result is not cached.
     */
    private static int raisedSoFar(RuleRun run) {
        var o = run.outcome();
        return o.findings().size() + o.recommendations().size() + (o.verdict() == null ? 0 : 1);
    }

    /**
     * Advance payments keep their entered amount in the adjusted timeline (never more than the period's adjusted
     * cost); hidden-cost estimates and cost risk accrue through the year, like arrears costs.
     */
    private static List<BigDecimal> adjustedYearEnd(List<BigDecimal> enteredYearEnd, List<BigDecimal> adjustedCosts) {
        List<BigDecimal> result = new ArrayList<>(enteredYearEnd.size());
        for (int t = 0; t < enteredYearEnd.size(); t++) {
            result.add(enteredYearEnd.get(t).min(adjustedCosts.get(t).max(BigDecimal.ZERO)));
        }
        return List.copyOf(result);
    }

    private List<PluginOutput> runPlugins(Case c, Profile profile) {
        List<PluginOutput> outputs = new ArrayList<>();
        Map<String, BigDecimal> productivity = new LinkedHashMap<>();
        for (String role : List.of("sales", "service", "marketing")) {
            productivity.put(role, ResolvedProfile.number(profile, ProfileKeys.PRODUCTIVITY_PREFIX + role));
        }
        Map<String, BigDecimal> assumptions = new LinkedHashMap<>();
        profile.getAssumptions().forEach((k, v) -> {
            if (v.value() instanceof BigDecimal d) {
                assumptions.put(k, d);
            }
        });
        for (LoadedPlugin p : plugins) {
            KpiSet kpis = c.kpis().get(p.id());
            if (kpis == null) {
                continue;
            }
            Set<String> read = ConcurrentHashMap.newKeySet();
            var ctx = new io.roiassay.engine.plugins.CaseMetricContextFactory().create(c.currency(), kpis,
                    ResolvedProfile.grossMargin(profile, c), ResolvedProfile.hourlyCost(profile), productivity,
                    withDefaults(p, assumptions), read);
            PluginOutput out = runner.run(p, kpis, ctx);
            // Only an answer the engine uses can have used a default; a failed plugin contributes nothing.
            outputs.add(out.issue() != null ? out : out.withAssumptions(UsedAssumptions.of(p, Set.copyOf(read), assumptions, profile)));
        }
        return outputs;
    }

    /** The case's and profile's assumptions over the defaults the plugin declared (the same map when it declared none). */
    private static Map<String, BigDecimal> withDefaults(LoadedPlugin plugin, Map<String, BigDecimal> assumptions) {
        if (plugin.assumptions().isEmpty()) {
            return assumptions;
        }
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        plugin.assumptions().forEach(a -> all.put(a.key(), a.defaultValue()));
        all.putAll(assumptions);
        return all;
    }

    /**
     * Inserts a fact before {@code phase} fires, checked against the one declaration of which facts each
     * phase adds ({@link Phase#adds()}), which {@code rules check}'s lint and the rule-test harness follow too.
     */
    private static void insert(RuleRun run, Phase phase, Object fact) {
        if (!phase.adds().contains(fact.getClass().getSimpleName())) {
            throw new IllegalStateException(fact.getClass().getSimpleName() + " is not declared as a fact the "
                    + phase.agendaGroup() + " phase adds (Phase.adds)");
        }
        run.insert(fact);
    }

    private static Figures figures(String kind, Financials f, BigDecimal hidden) {
        return new Figures(kind, f.totalCosts(), f.totalBenefits(), f.npv(), f.roiPercent(), f.simpleRoiPercent(),
                f.paybackMonths(), hidden);
    }
}

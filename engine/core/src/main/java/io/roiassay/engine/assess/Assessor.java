package io.roiassay.engine.assess;

import io.roiassay.engine.facts.BenefitFact;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one case through plugins, rule phases and arithmetic, in this order: profile rules; the case's
 * assumption overrides; plugins; findings rules; hidden-cost estimates and entered/adjusted financials;
 * verdict and recommendation rules.
 */
final class Assessor {

    private final RulePack rules;
    private final List<LoadedPlugin> plugins;
    private final PluginRunner runner;
    private final Map<String, io.roiassay.plugin.PluginDescriptor> descriptors = new LinkedHashMap<>();

    Assessor(RulePack rules, List<LoadedPlugin> plugins, PluginRunner runner) {
        this.rules = rules;
        this.plugins = plugins;
        this.runner = runner;
        plugins.forEach(p -> descriptors.put(p.id(), p.descriptor()));
    }

    CaseRun run(Case c, String inputHash, AssessOptions options) {
        int years = c.years();
        String currency = c.currency();
        try (RuleRun run = rules.newRun()) {
            Profile profile = new Profile();
            run.insert(FactBuilder.caseFact(c));
            run.insert(profile);
            run.fire(Phase.PROFILE);
            ResolvedProfile.applyCaseOverrides(profile, c);
            List<String> missing = ResolvedProfile.missingKeys(profile);
            if (!missing.isEmpty()) {
                throw new RuleExecutionException("the profile rules left these assumptions unset: "
                        + String.join(", ", missing) + " (set them in rules/profiles/)");
            }
            run.update(profile);

            List<PluginOutput> outputs = runPlugins(c, profile);
            List<List<BigDecimal>> costFlows = new ArrayList<>();
            Map<CostCategory, List<BigDecimal>> byCategory = new EnumMap<>(CostCategory.class);
            for (var cost : c.costs()) {
                List<BigDecimal> flow = Schedules.expand(cost, years);
                costFlows.add(flow);
                byCategory.merge(cost.category(), flow, Schedules::add);
            }
            List<BenefitLine> lines = new ArrayList<>(BenefitLines.stated(c.benefits(), years, ResolvedProfile.hourlyCost(profile)));
            lines.addAll(BenefitLines.fromPlugins(outputs, years));

            List<CostFact> costFacts = FactBuilder.costFacts(c.costs(), costFlows);
            List<BenefitFact> benefitFacts = FactBuilder.benefitFacts(lines);
            costFacts.forEach(run::insert);
            benefitFacts.forEach(run::insert);
            FactBuilder.kpiFacts(c.kpis(), descriptors).forEach(run::insert);
            if (c.claim() != null) {
                run.insert(FactBuilder.claimFact(c.claim()));
            }
            outputs.stream().filter(o -> o.issue() != null).forEach(o -> run.insert(o.issue()));
            run.insert(FactBuilder.totals(costFacts, byCategory, lines, benefitFacts));
            run.fire(Phase.FINDINGS);

            List<BigDecimal> enteredCosts = Schedules.total(years, costFlows);
            List<BigDecimal> enteredBenefits = Schedules.total(years, lines.stream().map(BenefitLine::entered).toList());
            BigDecimal rate = c.horizon().effectiveDiscountRate();
            Financials entered = FinancialCalculator.compute(new CashFlows(enteredCosts, enteredBenefits), rate, currency);

            var estimates = HiddenCostEstimator.estimate(run.outcome().findings(), profile, byCategory, years, currency);
            BigDecimal adoption = FactBuilder.adoptionRate(c);
            Adjuster.Result adj = new Adjuster(c, profile).adjust(enteredCosts, estimates, lines, adoption);
            List<BigDecimal> adjustedBenefits = Schedules.total(years, adj.benefitsByLine().values());
            Financials adjusted = FinancialCalculator.compute(new CashFlows(adj.costs(), adjustedBenefits), rate, currency);
            BigDecimal hidden = BigDecimal.ZERO;
            for (var e : estimates) {
                hidden = hidden.add(Schedules.sum(e.flow()));
            }
            run.insert(figures("entered", entered, BigDecimal.ZERO));
            Figures adjustedFigures = figures("adjusted", adjusted, Money.round(hidden, currency));
            run.insert(adjustedFigures);
            var plan = SensitivityPlans.compile(c, profile, lines, adj, enteredCosts, estimates, adoption);
            CaseSensitivity sensitivity = CaseSensitivity.compute(plan, new CashFlows(adj.costs(), adjustedBenefits),
                    UncertaintyRanges.resolve(c, profile, plan, adoption), profile, options);
            sensitivity.facts().forEach(run::insert);
            run.fire(Phase.VERDICT);
            run.fire(Phase.RECOMMENDATIONS);

            Map<String, BigDecimal> enteredByCategory = new LinkedHashMap<>();
            byCategory.forEach((k, v) -> enteredByCategory.put(k.id(), Schedules.sum(v)));
            return new CaseRun(c, inputHash, profile, outputs, lines, adj.benefitsByLine(), enteredByCategory,
                    estimates, entered, adjusted, adjustedFigures, adj.steps(), run.outcome(), run.trace(), sensitivity);
        }
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
            var ctx = new io.roiassay.engine.plugins.CaseMetricContextFactory().create(c.currency(), kpis,
                    ResolvedProfile.grossMargin(profile, c), ResolvedProfile.hourlyCost(profile), productivity, assumptions);
            outputs.add(runner.run(p, kpis, ctx));
        }
        return outputs;
    }

    private static Figures figures(String kind, Financials f, BigDecimal hidden) {
        return new Figures(kind, f.totalCosts(), f.totalBenefits(), f.npv(), f.roiPercent(), f.simpleRoiPercent(),
                f.paybackMonths(), hidden);
    }
}

package io.roiassay.engine.assess;

import io.roiassay.engine.facts.BenefitFact;
import io.roiassay.engine.facts.CaseFact;
import io.roiassay.engine.facts.CaseTotals;
import io.roiassay.engine.facts.ClaimFact;
import io.roiassay.engine.facts.CostFact;
import io.roiassay.engine.facts.EvidenceMix;
import io.roiassay.engine.facts.KpiFact;
import io.roiassay.engine.finance.ClaimMath;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.Claim;
import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.CostItem;
import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.PluginDescriptor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds the rule facts from a case and its computed lines: every number the rules compare, precomputed. */
final class FactBuilder {

    private FactBuilder() {
    }

    static CaseFact caseFact(Case c) {
        var d = c.deployment();
        BigDecimal adoption = adoptionRate(c);
        String industry = c.company().industry().strip().toLowerCase(Locale.ROOT);
        return new CaseFact(c.id(), industry, c.company().employees(), c.company().annualRevenue(),
                c.company().grossMarginRate(), d.model() == null ? null : d.model().id(), d.licensedUsers(),
                d.activeUsers(), adoption, c.years(), c.attribution().crmShare(),
                c.attribution().concurrentInitiatives(), c.assumptions().rampUp() != null, c.currency())
                .withCoverage(c.effectiveCostCoverage().id(), c.figuresRiskAdjusted());
    }

    /** activeUsers / licensedUsers to 4 decimals, or null when unknown. */
    static BigDecimal adoptionRate(Case c) {
        var d = c.deployment();
        if (d.activeUsers() == null || d.licensedUsers() == null || d.licensedUsers() == 0) {
            return null;
        }
        return BigDecimal.valueOf(d.activeUsers()).divide(BigDecimal.valueOf(d.licensedUsers()), 4, RoundingMode.HALF_EVEN);
    }

    /** The categories the case's cost lines say they include ({@code costs[].includes}). */
    static Set<String> included(Case c) {
        Set<String> out = new TreeSet<>();
        c.costs().forEach(item -> item.coveredCategories().forEach(cat -> out.add(cat.id())));
        return out;
    }

    static List<CostFact> costFacts(List<CostItem> costs, List<List<BigDecimal>> flows) {
        List<CostFact> facts = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            CostItem c = costs.get(i);
            List<BigDecimal> flow = flows.get(i);
            String recurrence = c.schedule() != null ? "schedule" : c.effectiveRecurrence().id();
            facts.add(new CostFact(i, c.id(), c.category().id(), recurrence, c.schedule() != null,
                    first(flow, c.effectiveStartYear()), last(flow, c.effectiveStartYear()), Schedules.sum(flow),
                    c.coveredCategories().stream().map(CostCategory::id).toList()));
        }
        return facts;
    }

    static List<BenefitFact> benefitFacts(List<BenefitLine> lines) {
        List<BenefitFact> facts = new ArrayList<>();
        for (BenefitLine l : lines) {
            List<BigDecimal> f = l.entered();
            BigDecimal steady = BigDecimal.ZERO;
            for (int y = 1; y < f.size(); y++) {
                steady = steady.max(f.get(y));
            }
            BigDecimal yearOne = f.size() > 1 ? f.get(1) : BigDecimal.ZERO;
            int firstYear = firstBenefitYear(f);
            BigDecimal firstYearAmount = firstYear < f.size() ? f.get(firstYear) : BigDecimal.ZERO;
            facts.add(new BenefitFact(l.path(), l.origin(), l.id(), l.basis(), l.source(), l.recurrence(),
                    first(f, 0), last(f, 0), Schedules.sum(f), yearOne, firstYearAmount, steady, l.hoursGiven(),
                    l.marginApplied())
                    .describe(l.key(), l.evidence(), l.measures(), l.scope()));
        }
        return facts;
    }

    /**
     * A benefit line's first year of benefit: its first period with an amount, year 1 at the earliest (the year its
     * ramp-up starts in; {@link BenefitFact#getFirstBenefitYear} is the same year).
     */
    static int firstBenefitYear(List<BigDecimal> flow) {
        return Math.max(first(flow, 0), 1);
    }

    /** One fact per KPI, marked with whether an installed plugin reads it (so a typo is reported, not ignored). */
    static List<KpiFact> kpiFacts(Map<String, KpiSet> kpis, Map<String, PluginDescriptor> plugins) {
        List<KpiFact> facts = new ArrayList<>();
        for (var e : kpis.entrySet()) {
            PluginDescriptor plugin = plugins.get(e.getKey());
            Set<String> names = new TreeSet<>(e.getValue().before().keySet());
            names.addAll(e.getValue().after().keySet());
            for (String n : names) {
                String known = plugin == null ? "no-plugin" : plugin.input(n).isPresent() ? "declared" : "undeclared";
                facts.add(new KpiFact(e.getKey(), n, e.getValue().before().get(n), e.getValue().after().get(n), known));
            }
        }
        return facts;
    }

    static ClaimFact claimFact(Claim c) {
        return claimFact(c, null, null, 0);
    }

    /**
     * The claim with the case's entered totals beside it when the claim covers the case's horizon ({@code months}
     * = years × 12): a claim that describes this case should add up to its figures. A claim that says it is
     * discounted is compared with the present values of the entered figures ({@code entered}: benefits, costs
     * as paid, rounded to the currency), not with their undiscounted sums.
     */
    static ClaimFact claimFact(Claim c, CaseTotals totals, io.roiassay.engine.finance.Financials entered, int years) {
        boolean samePeriod = totals != null && c.months() != null && c.months() == years * 12;
        boolean discounted = samePeriod && Boolean.TRUE.equals(c.discounted()) && entered != null;
        BigDecimal caseBenefit = !samePeriod ? null : discounted ? entered.pvBenefits() : totals.getTotalBenefits();
        BigDecimal caseCost = !samePeriod ? null : discounted ? entered.pvCosts() : totals.getTotalCosts();
        return new ClaimFact(c.roiPercent(), c.totalBenefit(), c.totalCost(),
                c.benefitBasis() == null ? null : c.benefitBasis().id(), c.months(), c.discounted(),
                ClaimMath.recomputedRoiPercent(c.totalBenefit(), c.totalCost()),
                ClaimMath.benefitCostRatioPercent(c.totalBenefit(), c.totalCost()), caseBenefit, caseCost,
                ClaimMath.gapPercent(c.totalBenefit(), caseBenefit), ClaimMath.gapPercent(c.totalCost(), caseCost),
                discounted);
    }

    static CaseTotals totals(List<CostFact> costs, Map<CostCategory, List<BigDecimal>> byCategory,
                             List<BenefitLine> lines, List<BenefitFact> benefits) {
        BigDecimal totalCosts = costs.stream().map(CostFact::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalBenefits = benefits.stream().map(BenefitFact::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal positive = BigDecimal.ZERO;
        BigDecimal vendor = BigDecimal.ZERO;
        for (BenefitLine l : lines) {
            BigDecimal t = Schedules.sum(l.entered());
            if (t.signum() > 0) {
                positive = positive.add(t);
                if ("vendor-benchmark".equals(l.source())) {
                    vendor = vendor.add(t);
                }
            }
        }
        BigDecimal vendorShare = positive.signum() == 0 ? BigDecimal.ZERO
                : vendor.divide(positive, 4, RoundingMode.HALF_EVEN);
        int lastRecurring = costs.stream().filter(CostFact::isRecurring).mapToInt(CostFact::getLastPeriod).max().orElse(-1);
        int lastBenefit = benefits.stream().filter(b -> b.getTotal().signum() != 0).mapToInt(BenefitFact::getLastPeriod)
                .max().orElse(-1);
        Set<String> categories = new TreeSet<>();
        costs.forEach(c -> categories.add(c.getCategory()));
        return new CaseTotals(totalCosts, totalBenefits, sum(byCategory.get(CostCategory.LICENSE)),
                sum(byCategory.get(CostCategory.SUBSCRIPTION)), vendorShare, lastRecurring, lastBenefit, categories);
    }

    /** The evidence behind the adjusted benefit value, and the estimated share of the adjusted costs. */
    static EvidenceMix evidenceMix(List<BenefitLine> lines, Map<String, List<BigDecimal>> adjustedByLine,
                                   List<BigDecimal> adjustedCosts, List<HiddenCostEstimator.Estimate> estimates,
                                   BigDecimal adjustedNpv, BigDecimal rate, String currency) {
        Map<String, BigDecimal> byClass = new java.util.HashMap<>();
        BigDecimal positive = BigDecimal.ZERO;
        BigDecimal pvVendor = BigDecimal.ZERO;
        for (BenefitLine l : lines) {
            if ("vendor-benchmark".equals(l.evidence())) {
                pvVendor = pvVendor.add(io.roiassay.engine.finance.FinancialCalculator.presentValue(
                        adjustedByLine.get(l.key()), rate));
            }
            BigDecimal v = Schedules.sum(adjustedByLine.get(l.key()));
            if (v.signum() > 0) {
                byClass.merge(l.evidence(), v, BigDecimal::add);
                positive = positive.add(v);
            }
        }
        BigDecimal hidden = BigDecimal.ZERO;
        for (var e : estimates) {
            hidden = hidden.add(Schedules.sum(e.flow()));
        }
        BigDecimal npvWithout = adjustedNpv == null ? null : adjustedNpv.subtract(pvVendor);
        BigDecimal pvCosts = io.roiassay.engine.finance.FinancialCalculator.presentValue(adjustedCosts, rate);
        BigDecimal roiWithout = npvWithout == null ? null : io.roiassay.engine.finance.Money.percentOf(npvWithout, pvCosts);
        return new EvidenceMix(share(byClass.get("measured"), positive), share(byClass.get("controlled"), positive),
                share(byClass.get("target"), positive), share(byClass.get("vendor-benchmark"), positive),
                share(hidden, Schedules.sum(adjustedCosts)),
                npvWithout == null ? null : io.roiassay.engine.finance.Money.round(npvWithout, currency), roiWithout,
                byClass.containsKey("measured") || byClass.containsKey("controlled"));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return part.divide(whole, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sum(List<BigDecimal> flow) {
        return flow == null ? BigDecimal.ZERO : Schedules.sum(flow);
    }

    /** First period with a non-zero amount, or the fallback when all are zero. */
    private static int first(List<BigDecimal> flow, int fallback) {
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i).signum() != 0) {
                return i;
            }
        }
        return fallback;
    }

    /** Last period with a non-zero amount, or the fallback when all are zero. */
    private static int last(List<BigDecimal> flow, int fallback) {
        for (int i = flow.size() - 1; i >= 0; i--) {
            if (flow.get(i).signum() != 0) {
                return i;
            }
        }
        return fallback;
    }

}

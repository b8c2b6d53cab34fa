package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.Recommendation;
import io.roiassay.engine.facts.RuleRef;
import io.roiassay.engine.facts.Verdict;
import io.roiassay.engine.finance.ClaimMath;
import io.roiassay.engine.finance.Definitions;
import io.roiassay.engine.finance.Financials;
import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.finance.Tco;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.engine.plugins.PluginOutput;
import io.roiassay.engine.report.Numbers;
import io.roiassay.engine.report.Placeholders;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportBenefitLine;
import io.roiassay.engine.report.ReportClaimCheck;
import io.roiassay.engine.report.ReportFigures;
import io.roiassay.engine.report.ReportFinancials;
import io.roiassay.engine.report.ReportFinding;
import io.roiassay.engine.report.ReportIndicator;
import io.roiassay.engine.report.ReportProfile;
import io.roiassay.engine.report.ReportProvenance;
import io.roiassay.engine.report.ReportRecommendation;
import io.roiassay.engine.report.ReportRule;
import io.roiassay.engine.report.ReportSensitivity;
import io.roiassay.engine.report.ReportTco;
import io.roiassay.engine.report.ReportTrace;
import io.roiassay.engine.report.ReportVerdict;
import io.roiassay.engine.report.Words;
import io.roiassay.engine.version.EngineInfo;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link CaseRun} as a {@link Report} in one language, rounding every figure once, here. */
final class ReportAssembler {

    private static final List<String> FAMILY_ORDER = List.of("hidden-cost", "mistake", "data", "profile", "plugin");
    /**
     * Evidence that is an amount of money as the case gave it (a claim's totals, 1920000): shown in a message at the
     * currency's scale like every other amount of the report (1,920,000.00); the evidence keeps the value given.
     */
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("claimedTotalBenefit", "caseTotalBenefit",
            "claimedTotalCost", "caseTotalCost");

    /**
     * Evidence that names a code the report shows as a word in running text (the evidence itself keeps the code),
     * by evidence key: the kind of word; a list ({@code categories}) is worded item by item.
     */
    private static final Map<String, String> WORDED = Map.of("segment", "segment", "deployment", "deployment",
            "industry", "industry", "category", "category", "base", "base", "categories", "category");

    private final String lang;
    private final String currency;

    ReportAssembler(String language, String currency) {
        this.lang = language;
        this.currency = currency;
    }

    Report assemble(CaseRun r, String rulesHash, List<LoadedPlugin> plugins) {
        return assemble(r, rulesHash, plugins, List.of());
    }

    /** The report, with the manifest of the rule-pack files used in its provenance. */
    Report assemble(CaseRun r, String rulesHash, List<LoadedPlugin> plugins, List<ReportProvenance.RuleFileEntry> files) {
        Case c = r.theCase();
        ReportSensitivity sensitivity = SensitivityReports.sensitivity(r.sensitivity());
        return new Report(Report.FORMAT, c.id(), c.title(), c.currency(), lang, profile(r), financials(r),
                sensitivity, SensitivityReports.uncertainty(r.sensitivity(), currency),
                benefitLines(r), indicators(r), claimCheck(c), findings(r), verdict(r, sensitivity), recommendations(r),
                provenance(r, rulesHash, plugins, files),
                r.trace().stream().map(t -> new ReportTrace(t.rule(), t.file(), t.facts())).toList());
    }

    private ReportProfile profile(CaseRun r) {
        Map<String, ReportProfile.Assumption> assumptions = new LinkedHashMap<>();
        r.profile().getAssumptions().forEach((k, v) -> assumptions.put(k, new ReportProfile.Assumption(v.value(),
                pick(v.note(), v.noteZh()), v.rule() == null ? null : new ReportRule(v.rule(), v.file()),
                v.row() > 0 ? v.row() : null)));
        List<ReportProfile.PluginAssumption> fromPlugins = r.pluginOutputs().stream()
                .flatMap(o -> o.assumptions().stream())
                .map(a -> new ReportProfile.PluginAssumption(a.plugin(), a.key(), a.value(), a.unit(), a.source(),
                        a.description().in(lang), a.defaultValue(), a.overriddenBy() != null, a.overriddenBy()))
                .sorted(java.util.Comparator.comparing(ReportProfile.PluginAssumption::plugin)
                        .thenComparing(ReportProfile.PluginAssumption::key))
                .toList();
        return new ReportProfile(r.profile().getIndustry(), r.theCase().company().industry(), r.profile().getSegment(),
                r.profile().getDeployment(), assumptions, fromPlugins);
    }

    private ReportFinancials financials(CaseRun r) {
        List<ReportFinancials.Adjustment> steps = r.steps().stream().map(s -> new ReportFinancials.Adjustment(s.step(),
                s.target(), s.description().in(lang), s.factor(), money(s.costsDelta()), money(s.benefitsDelta()),
                s.finding(), s.assumption(), s.rule() == null ? null : new ReportRule(s.rule().name(), s.rule().file())))
                .toList();
        List<ReportFinancials.CostCategoryLine> breakdown = new ArrayList<>();
        for (CostCategory cat : CostCategory.values()) {
            BigDecimal entered = r.enteredByCategory().get(cat.id());
            var estimate = r.estimates().stream().filter(e -> e.category().equals(cat.id())).findFirst().orElse(null);
            if (entered == null && estimate == null) {
                continue;
            }
            breakdown.add(new ReportFinancials.CostCategoryLine(cat.id(), money(entered == null ? BigDecimal.ZERO : entered),
                    estimate == null ? null : money(Schedules.sum(estimate.flow())),
                    estimate == null ? null : estimate.findingCode()));
        }
        List<ReportFinancials.Definition> defs = Definitions.all().stream()
                .map(d -> new ReportFinancials.Definition(d.name(), pick(d.en(), d.zh()))).toList();
        return new ReportFinancials(r.theCase().years(), r.theCase().horizon().effectiveDiscountRate(),
                figures(r.entered()), figures(r.adjusted()), steps, breakdown, tco(r), defs);
    }

    private ReportFigures figures(Financials f) {
        return new ReportFigures(f.totalCosts(), f.totalBenefits(), f.pvCosts(), f.pvBenefits(), f.npv(), f.roiPercent(),
                f.simpleRoiPercent(), f.paybackMonths(), f.discountedPaybackMonths(), f.irrPercent(),
                f.irrNote() == null ? null : pick(f.irrNote().en(), f.irrNote().zh()), f.periods().stream()
                .map(p -> new ReportFigures.Period(p.period(), p.costs(), p.benefits(), p.net(), p.cumulativeNet())).toList());
    }

    /** The TCO view: first year against the quote, cost per period (as paid), unused seats. */
    private ReportTco tco(CaseRun r) {
        TcoInputs in = r.tco();
        List<BigDecimal> entered = r.entered().periods().stream().map(p -> p.costs()).toList();
        List<BigDecimal> adjusted = r.adjusted().periods().stream().map(p -> p.costs()).toList();
        List<BigDecimal> cumEntered = Tco.cumulative(entered);
        List<BigDecimal> cumAdjusted = Tco.cumulative(adjusted);
        List<ReportTco.Year> years = new ArrayList<>();
        for (int t = 0; t < entered.size(); t++) {
            years.add(new ReportTco.Year(t, entered.get(t), adjusted.get(t), money(cumEntered.get(t)),
                    money(cumAdjusted.get(t))));
        }
        var s = in.seats();
        ReportTco.Seats seats = s == null ? null : new ReportTco.Seats(s.getLicensedUsers(), s.getActiveUsers(),
                s.getUnusedSeats(), s.getCostPerSeatYear(), s.getUnusedSeatsYearlyCost());
        BigDecimal firstYearAdjusted = cumAdjusted.isEmpty() ? null
                : money(cumAdjusted.get(Math.min(1, cumAdjusted.size() - 1)).subtract(paidAheadInPeriodOne(r)));
        return new ReportTco(money(in.firstYearCost()), money(in.quote()),
                ClaimMath.percentAbove(in.firstYearCost(), in.quote()), firstYearAdjusted, years, seats,
                in.allIn() ? "all-in" : "itemized");
    }

    /**
     * What the adjusted costs pay in period 1 for year 2: the period-1 amount of every flow of a cost line paid in
     * advance (its corrections included), with its risk factor. Taken off periods 0 and 1 as paid, it leaves the
     * adjusted first year by the year each cost covers, the basis of the entered firstYearCost.
     */
    private static BigDecimal paidAheadInPeriodOne(CaseRun r) {
        BigDecimal ahead = BigDecimal.ZERO;
        for (var c : r.plan().costs()) {
            String t = c.target();
            if (t == null || !t.startsWith("costs[") || c.flow().size() < 2) {
                continue;
            }
            int index = Integer.parseInt(t.substring(t.indexOf('[') + 1, t.indexOf(']')));
            if (r.theCase().costs().get(index).paidAtYearStart()) {
                BigDecimal m = c.risk() == null ? BigDecimal.ONE : c.risk().at(0);
                ahead = ahead.add(c.flow().get(1).multiply(m, io.roiassay.engine.finance.Money.MATH));
            }
        }
        return ahead;
    }

    private List<ReportBenefitLine> benefitLines(CaseRun r) {
        List<ReportBenefitLine> out = new ArrayList<>();
        for (BenefitLine l : r.lines()) {
            List<BigDecimal> adjusted = r.adjustedByLine().get(l.key());
            out.add(new ReportBenefitLine(l.id(), l.sourceLabel(), l.evidence(), l.measuredAt(), l.basis(),
                    l.formula().in(lang), l.inputs(),
                    l.annual() == null ? null : money(l.annual()), money(Schedules.sum(l.entered())),
                    money(Schedules.sum(adjusted))));
        }
        return out;
    }

    /**
     * An indicator's value as the report shows it: at most 2 decimal places (half-even), as every other figure; a
     * plugin's ratio (a cost per lead of 27,272.727272727272) is not shown to the last digit of a double.
     */
    static BigDecimal indicator(BigDecimal v) {
        return v == null || v.scale() <= 2 ? v : v.setScale(2, Money.ROUNDING);
    }

    private List<ReportIndicator> indicators(CaseRun r) {
        List<ReportIndicator> out = new ArrayList<>();
        for (PluginOutput o : r.pluginOutputs()) {
            for (var i : o.indicators()) {
                Text title = o.plugin().descriptor().indicators().stream().filter(d -> d.id().equals(i.id()))
                        .findFirst().orElseThrow().title();
                out.add(new ReportIndicator(i.id(), o.plugin().sourceLabel(), title.in(lang), indicator(i.before()),
                        indicator(i.after())));
            }
        }
        return out;
    }

    private static ReportClaimCheck claimCheck(Case c) {
        if (c.claim() == null) {
            return null;
        }
        var f = FactBuilder.claimFact(c.claim());
        BigDecimal gap = f.getArithmeticGap();
        // an ROI claimed on a cost of 0 follows from nothing (mistake/claim-arithmetic#no-cost): not consistent
        return new ReportClaimCheck(c.claim().roiPercent(), f.getRecomputedRoiPercent(), f.getBenefitCostRatioPercent(),
                f.isRoiOnNoCost() ? Boolean.FALSE : gap == null ? null : gap.compareTo(new BigDecimal("0.5")) <= 0);
    }

    private List<ReportFinding> findings(CaseRun r) {
        List<Finding> sorted = new ArrayList<>(r.outcome().findings());
        // one code raised by several rules (data/confirm-included, one per category) in the order of their files
        sorted.sort(Comparator.comparingInt((Finding f) -> FAMILY_ORDER.indexOf(f.getFamily())).thenComparing(Finding::getCode)
                .thenComparing(f -> f.getRule() == null ? "" : f.getRule().file()));
        List<ReportFinding> out = new ArrayList<>();
        for (Finding f : sorted) {
            Map<String, Object> values = messageValues(f.getEvidence());
            if (f.getEstimate() != null) {
                values.put("estimate", Numbers.money(money(f.getEstimate()), currency));
            }
            String text = pick(f.getEn(), f.getZh());
            out.add(new ReportFinding(f.getCode(), f.getSeverity(), Placeholders.fill(text, values), f.getEvidence(),
                    f.getEstimate(), rule(f.getRule())));
        }
        return out;
    }

    /**
     * The values a finding's or recommendation's text fills in, from its evidence, in the report's language:
     * bilingual evidence (a profile note) in that language, amounts at the currency's scale, codes named as words
     * ({@link #WORDED}), lists joined; the evidence itself keeps what the rule gave.
     */
    private Map<String, Object> messageValues(Map<String, Object> evidence) {
        Map<String, Object> values = new LinkedHashMap<>(evidence);
        values.replaceAll((k, v) -> v instanceof io.roiassay.plugin.Text t ? t.in(lang) : v);
        values.replaceAll((k, v) -> AMOUNTS.contains(k) && v instanceof BigDecimal d ? money(d) : v);
        WORDED.forEach((key, kind) -> {
            if (values.get(key) instanceof String code) {
                values.put(key, Words.of(lang, kind, code));
            } else if (values.get(key) instanceof java.util.Collection<?> codes) {
                values.put(key, codes.stream().map(x -> Words.of(lang, kind, String.valueOf(x))).toList());
            }
        });
        values.put("currency", currency);
        values.replaceAll((k, v) -> v instanceof java.util.Collection<?> c ? Placeholders.list(c, lang) : v);
        return values;
    }

    private ReportVerdict verdict(CaseRun r, ReportSensitivity sensitivity) {
        Verdict v = r.outcome().verdict();
        if (v == null) {
            return null;
        }
        var a = r.adjustedFigures();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("roiPercent", a.getRoiPercent());
        values.put("simpleRoiPercent", a.getSimpleRoiPercent());
        values.put("npv", a.getNpv());
        values.put("paybackMonths", a.getPaybackMonths());
        values.put("totalCosts", a.getTotalCosts());
        values.put("totalBenefits", a.getTotalBenefits());
        values.put("hiddenCostEstimate", a.getHiddenCostEstimate());
        // How far the adjusted benefits may fall (or must rise) before NPV is zero, as the sensitivity section
        // shows it: a headline states the grade's margin from the case's own figures, not from the band it is in.
        BigDecimal tolerance = sensitivity == null ? null : sensitivity.benefitTolerancePercent();
        values.put("benefitsMayFallPercent", tolerance == null || tolerance.signum() > 0 ? null : tolerance.negate());
        values.put("benefitsMustRisePercent", tolerance == null || tolerance.signum() < 0 ? null : tolerance);
        values.put("currency", currency);
        String text = pick(v.getEn(), v.getZh());
        return new ReportVerdict(v.getGrade(), v.getConfidence(), Placeholders.fill(text, values), rule(v.getRule()),
                v.getConfidenceRule() == null ? null : rule(v.getConfidenceRule()), pick(v.getConfidenceEn(), v.getConfidenceZh()));
    }

    private List<ReportRecommendation> recommendations(CaseRun r) {
        List<Recommendation> sorted = new ArrayList<>(r.outcome().recommendations());
        sorted.sort(Comparator.comparingInt(Recommendation::getPriority).thenComparing(Recommendation::getCode));
        return sorted.stream().map(x -> new ReportRecommendation(x.getCode(), x.getPriority(),
                Placeholders.fill(pick(x.getEn(), x.getZh()), messageValues(x.getEvidence())), List.copyOf(x.getBecause()),
                rule(x.getRule()))).toList();
    }

    private static ReportProvenance provenance(CaseRun r, String rulesHash, List<LoadedPlugin> plugins,
                                               List<ReportProvenance.RuleFileEntry> files) {
        return new ReportProvenance(EngineInfo.version(), EngineInfo.commit(), rulesHash, r.inputHash(), plugins.stream()
                .map(p -> new ReportProvenance.Plugin(p.id(), p.version(), p.origin(), p.jarHash())).toList(), files);
    }

    /** The wording in the report's language; English when a rule gave no Chinese. */
    private String pick(String en, String zh) {
        return lang.startsWith("zh") && zh != null ? zh : en;
    }

    private static ReportRule rule(RuleRef ref) {
        return new ReportRule(ref.name(), ref.file());
    }

    private BigDecimal money(BigDecimal v) {
        return v == null ? null : Money.round(v, currency);
    }
}

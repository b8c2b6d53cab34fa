package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.model.Assumptions;
import io.roiassay.engine.model.Case;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the case's own assumptions over the profile the rules built, and reads the values the
 * arithmetic needs. The case wins; each overridden value is noted "case".
 */
final class ResolvedProfile {

    private static final String CASE_NOTE_ZH = "案例给定";

    private ResolvedProfile() {
    }

    /** Overrides profile values with the case's assumptions. */
    static void applyCaseOverrides(Profile p, Case c) {
        Assumptions a = c.assumptions();
        if (a.loadedHourlyCost() != null) {
            p.set(ProfileKeys.LOADED_HOURLY_COST, a.loadedHourlyCost(), Profile.CASE_NOTE, CASE_NOTE_ZH);
        }
        if (a.rampUp() != null) {
            // The case's curve replaces the profile's: its years as given, full (1) after them. A later year is set
            // only where the profile gave one to replace; a year nobody set counts 1 anyway (rampUp), and listing
            // it as "case" would credit the case with ten years it never wrote.
            for (int year = 1; year <= ProfileKeys.MAX_YEARS; year++) {
                String key = ProfileKeys.RAMP_UP_PREFIX + year;
                if (year <= a.rampUp().size()) {
                    p.set(key, a.rampUp().get(year - 1), Profile.CASE_NOTE, CASE_NOTE_ZH);
                } else if (p.has(key)) {
                    p.set(key, BigDecimal.ONE, Profile.CASE_NOTE, CASE_NOTE_ZH);
                }
            }
        }
        if (a.riskAdjustment() != null) {
            if (a.riskAdjustment().benefits() != null) {
                // The case states its own risk: it replaces the value of every evidence class.
                p.set(ProfileKeys.RISK_BENEFITS, a.riskAdjustment().benefits(), Profile.CASE_NOTE, CASE_NOTE_ZH);
                for (String cls : ProfileKeys.EVIDENCE_CLASSES) {
                    p.set(ProfileKeys.RISK_BENEFITS + "." + cls, a.riskAdjustment().benefits(), Profile.CASE_NOTE, CASE_NOTE_ZH);
                }
            }
            if (a.riskAdjustment().costs() != null) {
                // likewise for costs: contracted and estimated alike
                p.set(ProfileKeys.RISK_COSTS, a.riskAdjustment().costs(), Profile.CASE_NOTE, CASE_NOTE_ZH);
                p.set(ProfileKeys.RISK_COSTS_ESTIMATED, a.riskAdjustment().costs(), Profile.CASE_NOTE, CASE_NOTE_ZH);
            }
        }
        if (a.adoptionThreshold() != null) {
            p.set(ProfileKeys.ADOPTION_THRESHOLD, a.adoptionThreshold(), Profile.CASE_NOTE, CASE_NOTE_ZH);
        }
        for (Map.Entry<String, BigDecimal> e : a.productivityFactors().entrySet()) {
            p.set(ProfileKeys.PRODUCTIVITY_PREFIX + e.getKey(), e.getValue(), Profile.CASE_NOTE, CASE_NOTE_ZH);
        }
        for (Map.Entry<String, BigDecimal> e : a.values().entrySet()) {
            p.set(e.getKey(), e.getValue(), Profile.CASE_NOTE, CASE_NOTE_ZH);
        }
    }

    /** The required keys the profile rules did not set; empty when the profile is complete. */
    static List<String> missingKeys(Profile p) {
        List<String> missing = new ArrayList<>();
        for (String key : ProfileKeys.required()) {
            if (!p.has(key)) {
                missing.add(key);
            }
        }
        if (p.getIndustry() == null || p.getSegment() == null || p.getDeployment() == null) {
            missing.add("industry/segment/deployment");
        }
        return missing;
    }

    /**
     * The numeric assumptions a rule set outside their {@link ProfileKeys#bounds}, each with the rule, file and
     * table row that set it; empty when every one is in bounds. (A case's own values were checked when it was read.)
     */
    static List<String> outOfBounds(Profile p) {
        List<String> out = new ArrayList<>();
        for (var e : p.getAssumptions().entrySet()) {
            BigDecimal[] bounds = ProfileKeys.bounds(e.getKey());
            Profile.Assumption a = e.getValue();
            List<String> words = ProfileKeys.words(e.getKey());
            if (words != null && a.rule() != null && !words.contains(String.valueOf(a.value()))) {
                out.add(e.getKey() + " = '" + a.value() + "' is not one of " + String.join(", ", words)
                        + ", set by rule '" + a.rule() + "' (" + a.file() + (a.row() > 0 ? ", row " + a.row() : "") + ")");
                continue;
            }
            if (bounds == null || a.rule() == null || !(a.value() instanceof BigDecimal v)) {
                continue;
            }
            if (v.compareTo(bounds[0]) < 0 || bounds[1] != null && v.compareTo(bounds[1]) > 0) {
                out.add(e.getKey() + " = " + v.toPlainString() + " is outside " + bounds[0]
                        + (bounds[1] == null ? " or more" : ".." + bounds[1]) + (bounds[1] != null && bounds[1].compareTo(BigDecimal.ONE) == 0
                        ? " (a share: write 0.30 for 30 %)" : "") + ", set by rule '" + a.rule() + "' (" + a.file()
                        + (a.row() > 0 ? ", row " + a.row() : "") + ")");
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * The margin revenue is turned into profit at: the profile's revenue margin when its rules set one — an
     * industry with no cost-of-goods gross margin (banks and insurers: a net interest or underwriting margin,
     * profiles/revenue-margin.drl), whatever gross margin the company states; else the case's gross margin; else
     * the profile's typical gross margin. A case sets its own revenue margin with assumptions.values.revenueMarginRate.
     */
    static BigDecimal grossMargin(Profile p, Case c) {
        String key = grossMarginKey(p, c);
        return key.equals(COMPANY_GROSS_MARGIN) ? c.company().grossMarginRate() : p.number(key);
    }

    /** The case's own margin, as an adjustment step names where its factor came from. */
    static final String COMPANY_GROSS_MARGIN = "company.grossMarginRate";

    /** Where {@link #grossMargin} takes the margin from: a profile key, or {@link #COMPANY_GROSS_MARGIN}. */
    static String grossMarginKey(Profile p, Case c) {
        if (p.number(ProfileKeys.REVENUE_MARGIN) != null) {
            return ProfileKeys.REVENUE_MARGIN;
        }
        return c.company().grossMarginRate() != null ? COMPANY_GROSS_MARGIN : ProfileKeys.TYPICAL_GROSS_MARGIN;
    }

    /** Loaded hourly cost, or zero when neither case nor profile gives one (a rule flags that). */
    static BigDecimal hourlyCost(Profile p) {
        BigDecimal v = p.number(ProfileKeys.LOADED_HOURLY_COST);
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Ramp-up share for year {@code year} (1-based); 1 when unset. */
    static BigDecimal rampUp(Profile p, int year) {
        BigDecimal v = p.number(ProfileKeys.RAMP_UP_PREFIX + year);
        return v == null ? BigDecimal.ONE : v;
    }

    /** A number the profile must have (checked by {@link #missingKeys}). */
    static BigDecimal number(Profile p, String key) {
        BigDecimal v = p.number(key);
        if (v == null) {
            throw new IllegalStateException("profile has no number '" + key + "'");
        }
        return v;
    }
}

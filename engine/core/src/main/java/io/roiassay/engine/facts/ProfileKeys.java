package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The names of the profile assumptions the engine's arithmetic reads. The profile rules must set every
 * one of them (the engine refuses a profile that lacks one, naming it); rules may add more for their own
 * use. Hidden-cost estimates use three keys per category: {@code hiddenCost.<category>.ratio} (a number),
 * {@code .base} ({@code software}: licence + one year of subscription, or {@code license}) and {@code .timing}
 * ({@code once}: in the initial period, {@code annual}: every year); {@link #words} lists them.
 */
public final class ProfileKeys {

    public static final String TYPICAL_GROSS_MARGIN = "typicalGrossMargin";
    /**
     * The margin revenue is converted at when the case gives no {@code grossMarginRate}: the industry's
     * gross margin, or for banks and insurers a net interest or underwriting margin (rules/profiles/revenue-margin.drl).
     * Optional: without it {@link #TYPICAL_GROSS_MARGIN} is used.
     */
    public static final String REVENUE_MARGIN = "revenueMarginRate";
    public static final String RISK_BENEFITS = "riskAdjustment.benefits";
    /** Cost risk of contracted fees (licence, subscription, maintenance: rules/adjustments/risk.drl decides which lines). */
    public static final String RISK_COSTS = "riskAdjustment.costs";
    /** Cost risk of estimated costs: project work, internal labour and the hidden-cost estimates. */
    public static final String RISK_COSTS_ESTIMATED = "riskAdjustment.costs.estimated";
    /**
     * The evidence classes with a risk key of their own, {@code riskAdjustment.benefits.<class>}; projections
     * ({@code target}) use {@link #RISK_BENEFITS}.
     */
    public static final List<String> EVIDENCE_CLASSES = List.of("measured", "controlled", "vendor-benchmark");
    /** Prefix of the ramp-up shares {@code rampUp.year1} … {@code rampUp.year10}; years not set count 1. */
    public static final String RAMP_UP_PREFIX = "rampUp.year";
    public static final String ADOPTION_THRESHOLD = "adoptionThreshold";
    /** The longest horizon a case may have, and so the last ramp-up year. */
    public static final int MAX_YEARS = 10;
    /** May be missing when no default exists for the case's currency; hours then cannot be valued. */
    public static final String LOADED_HOURLY_COST = "loadedHourlyCost";
    /** Prefix of {@code productivityFactor.sales}, {@code .service}, {@code .marketing}. */
    public static final String PRODUCTIVITY_PREFIX = "productivityFactor.";
    /**
     * The productivity factor of time saved by staff the case does not name (a stated time-saved line): the
     * adjustment rule's default when it names no other key (method-practice.md: 0.5 when unsure).
     */
    public static final String PRODUCTIVITY_UNSPECIFIED = PRODUCTIVITY_PREFIX + "unspecified";
    /** The categories the hidden-cost rules may estimate. */
    public static final List<String> HIDDEN_COST_CATEGORIES = List.of("training", "data-migration", "integration",
            "maintenance", "change-management", "internal-staff", "infrastructure");

    private ProfileKeys() {
    }

    /** {@code hiddenCost.<category>.<part>}. */
    public static String hiddenCost(String category, String part) {
        return "hiddenCost." + category + "." + part;
    }

    /** Prefix of the CRM shares drawn when other initiatives ran and the case gives none: absolute shares, 0..1. */
    public static final String UNKNOWN_SHARE_PREFIX = "uncertainty.crmShare.unknown.";

    /**
     * The values a numeric assumption may take, {@code {min, max}}, or null when any number will do: shares
     * (margins, risk adjustments, thresholds, productivity factors, ramp-up) lie in 0..1, as the case's own rates
     * must; hidden-cost ratios and uncertainty multipliers in 0..10; an hourly cost is not negative. A profile
     * table is a spreadsheet a consultant types into: 30 for 30 % would otherwise turn into a verdict.
     */
    public static BigDecimal[] bounds(String key) {
        if (key.equals(TYPICAL_GROSS_MARGIN) || key.equals(REVENUE_MARGIN) || key.startsWith("riskAdjustment.")
                || key.startsWith(UNKNOWN_SHARE_PREFIX)
                || key.equals(ADOPTION_THRESHOLD) || key.startsWith(PRODUCTIVITY_PREFIX) || key.startsWith(RAMP_UP_PREFIX)) {
            return SHARE;
        }
        if (key.startsWith("hiddenCost.") && key.endsWith(".ratio") || key.startsWith("uncertainty.")) {
            return MULTIPLIER;
        }
        return key.equals(LOADED_HOURLY_COST) ? NOT_NEGATIVE : null;
    }

    /**
     * The words a text assumption may take, or null for a key that is not one: a hidden-cost estimate's
     * {@code .base} and {@code .timing}. Any other word ("yearly", "licence") was read as the default, silently.
     */
    public static List<String> words(String key) {
        if (key.startsWith("hiddenCost.") && key.endsWith(".base")) {
            return BASES;
        }
        return key.startsWith("hiddenCost.") && key.endsWith(".timing") ? TIMINGS : null;
    }

    private static final List<String> BASES = List.of("software", "license");
    private static final List<String> TIMINGS = List.of("once", "annual");

    private static final BigDecimal[] SHARE = {BigDecimal.ZERO, BigDecimal.ONE};
    private static final BigDecimal[] MULTIPLIER = {BigDecimal.ZERO, BigDecimal.TEN};
    private static final BigDecimal[] NOT_NEGATIVE = {BigDecimal.ZERO, null};

    /** Keys the engine reads beyond the required ones, each spelled out (for "did you mean"). */
    private static final List<String> ENGINE_KEYS = buildEngineKeys();

    private static List<String> buildEngineKeys() {
        List<String> keys = new java.util.ArrayList<>(List.of(LOADED_HOURLY_COST, REVENUE_MARGIN, "deployment.basis",
                "segment.basis", "verdict.gradeBelowBands", "verdict.gradeRoiUndefined"));
        for (int y = 1; y <= MAX_YEARS; y++) {
            keys.add(RAMP_UP_PREFIX + y);
        }
        for (String d : List.of("crmShare", "grossMarginRate", "adoptionRate", "benefitScale", "costScale",
                "hiddenCostScale", "discountRate")) {
            keys.add("uncertainty." + d + ".low");
            keys.add("uncertainty." + d + ".high");
        }
        for (String p : List.of("low", "likely", "high")) {
            keys.add(UNKNOWN_SHARE_PREFIX + p);
        }
        return List.copyOf(keys);
    }

    /** Every key the engine itself reads: the required ones and {@link #ENGINE_KEYS}. */
    public static List<String> engineKeys() {
        List<String> all = new java.util.ArrayList<>(REQUIRED);
        all.addAll(ENGINE_KEYS);
        return all;
    }

    /**
     * Whether the engine reads this key whatever the rules do: a required key, one of {@link #ENGINE_KEYS}, or a
     * productivity factor of any role (a plugin may name its own role).
     */
    public static boolean readByEngine(String key) {
        return REQUIRED.contains(key) || ENGINE_KEYS.contains(key) || key.startsWith(PRODUCTIVITY_PREFIX);
    }

    /** The required keys, for checking a profile after the profile phase. */
    public static List<String> required() {
        return REQUIRED;
    }

    /** Built once: the engine checks every case's profile against it. */
    private static final List<String> REQUIRED = buildRequired();

    private static List<String> buildRequired() {
        List<String> keys = new java.util.ArrayList<>(List.of(TYPICAL_GROSS_MARGIN, RISK_BENEFITS, RISK_COSTS, RISK_COSTS_ESTIMATED,
                RISK_BENEFITS + ".measured", RISK_BENEFITS + ".controlled", RISK_BENEFITS + ".vendor-benchmark",
                ADOPTION_THRESHOLD, PRODUCTIVITY_PREFIX + "sales", PRODUCTIVITY_PREFIX + "service",
                PRODUCTIVITY_PREFIX + "marketing", PRODUCTIVITY_UNSPECIFIED, "verdict.strongRoiPercent", "verdict.positiveRoiPercent",
                "verdict.marginalRoiPercent"));
        for (String c : HIDDEN_COST_CATEGORIES) {
            keys.add(hiddenCost(c, "ratio"));
            keys.add(hiddenCost(c, "base"));
            keys.add(hiddenCost(c, "timing"));
        }
        return List.copyOf(keys);
    }
}

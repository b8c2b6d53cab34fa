package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * The comparisons behind the Chinese SME size classification (rules/profiles/segments-cn.drl): the rules
 * set each sector's thresholds as profile values ({@code sme.midStaff}, {@code sme.largeStaff},
 * {@code sme.midRevenue}, {@code sme.largeRevenue}; revenue may be absent) and ask here whether the case
 * reaches a tier. A tier needs every figure the sector has a threshold for to be given and to reach its lower
 * bound (the standard's "须同时满足所列指标的下限"); one figure below the medium bound makes the company small or
 * micro; one figure at or above it with the other missing leaves the size unknown.
 */
public final class SmeThresholds {

    private SmeThresholds() {
    }

    /** The profile keys {@link #set} writes (the engine, not a rule file, sets them). */
    public static final java.util.List<String> KEYS = java.util.List.of("sme.sector", "sme.midStaff", "sme.largeStaff",
            "sme.midRevenue", "sme.largeRevenue");

    /** The standard's title as a Chinese note cites it. */
    public static final String STANDARD_ZH = "《中小企业划型标准规定》（工信部联企业〔2011〕300号）";

    /**
     * Records a sector's thresholds in the profile (revenue bounds may be null: no revenue threshold). The
     * sector is named as the standard does, with an English gloss: {@code 零售业 (retail)}.
     */
    public static void set(Profile p, String sector, int midStaff, int largeStaff, BigDecimal midRevenue,
                           BigDecimal largeRevenue) {
        String note = "中小企业划型标准规定 (工信部联企业〔2011〕300号), " + sector;
        String noteZh = STANDARD_ZH + "：" + sectorZh(sector);
        p.setText("sme.sector", sector, note, noteZh);
        p.set("sme.midStaff", BigDecimal.valueOf(midStaff), note, noteZh);
        p.set("sme.largeStaff", BigDecimal.valueOf(largeStaff), note, noteZh);
        if (midRevenue != null) {
            p.set("sme.midRevenue", midRevenue, note, noteZh);
            p.set("sme.largeRevenue", largeRevenue, note, noteZh);
        }
    }

    /** The profile's sector in Chinese only ({@code 零售业} for {@code 零售业 (retail)}); empty when none is set. */
    public static String sectorZh(Profile p) {
        String sector = p.text("sme.sector");
        return sector == null ? "" : sectorZh(sector);
    }

    /** A sector as the standard names it, without its English gloss: {@code 零售业} for {@code 零售业 (retail)}. */
    public static String sectorZh(String sector) {
        int gloss = sector.indexOf(" (");
        return gloss < 0 ? sector : sector.substring(0, gloss);
    }

    /*
     * The rules pass the two figures, not the case fact: the profile cache keys a resolved profile on the case
     * fields the profile rules name (assess.ProfileInputs), so they must be named in the rule.
     */

    /**
     * Whether the case reaches tier {@code mid} or {@code large}: every figure the sector has a threshold for is
     * given and reaches its lower bound (the standard's "须同时满足所列指标的下限"). A missing figure that the
     * sector thresholds cannot be assumed to reach it: 150 retail staff without a revenue are not "medium".
     */
    public static boolean atLeast(Integer employees, BigDecimal annualRevenue, Profile p, String tier) {
        return decides(employees, annualRevenue, p)
                && reaches(employees == null ? null : BigDecimal.valueOf(employees), p.number("sme." + tier + "Staff"))
                && reaches(annualRevenue, p.number("sme." + tier + "Revenue"));
    }

    /**
     * Whether a given figure falls below the sector's medium lower bound: small or micro whatever the other
     * figure is, since a tier needs both lower bounds.
     */
    public static boolean belowMid(Integer employees, BigDecimal annualRevenue, Profile p) {
        BigDecimal staff = p.number("sme.midStaff");
        BigDecimal revenue = p.number("sme.midRevenue");
        return employees != null && staff != null && BigDecimal.valueOf(employees).compareTo(staff) < 0
                || annualRevenue != null && revenue != null && annualRevenue.compareTo(revenue) < 0;
    }

    /**
     * Whether the standard cannot place the case: a given figure has a threshold and reaches the medium bound,
     * but a figure the tier also needs is missing (the size is then unknown, not the tier the one figure reaches).
     */
    public static boolean undetermined(Integer employees, BigDecimal annualRevenue, Profile p) {
        return decides(employees, annualRevenue, p) && !belowMid(employees, annualRevenue, p)
                && !atLeast(employees, annualRevenue, p, "mid");
    }

    /** Whether at least one given figure has a threshold in this sector. */
    public static boolean decides(Integer employees, BigDecimal annualRevenue, Profile p) {
        return employees != null && p.number("sme.largeStaff") != null
                || annualRevenue != null && p.number("sme.largeRevenue") != null;
    }

    /** No bound, or a given value at or above it. */
    private static boolean reaches(BigDecimal value, BigDecimal bound) {
        return bound == null || value != null && value.compareTo(bound) >= 0;
    }

    /** What the classification was based on: {@code employees}, {@code annualRevenue} or both. */
    public static String basis(Integer employees, BigDecimal annualRevenue) {
        if (employees != null && annualRevenue != null) {
            return "employees+annualRevenue";
        }
        return employees != null ? "employees" : "annualRevenue";
    }
}

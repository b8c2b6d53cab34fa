package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * The comparisons behind the Chinese SME size classification (rules/profiles/segments-cn.drl): the rules
 * set each sector's thresholds as profile values ({@code sme.midStaff}, {@code sme.largeStaff},
 * {@code sme.midRevenue}, {@code sme.largeRevenue}; revenue may be absent) and ask here whether the case
 * reaches a tier. A tier needs every known figure that has a threshold to reach its lower bound (the
 * standard's "须同时满足所列指标的下限"); a figure without a threshold, or not given, does not count.
 */
public final class SmeThresholds {

    private SmeThresholds() {
    }

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

    private static String sectorZh(String sector) {
        int gloss = sector.indexOf(" (");
        return gloss < 0 ? sector : sector.substring(0, gloss);
    }

    /*
     * The rules pass the two figures, not the case fact: the profile cache keys a resolved profile on the case
     * fields the profile rules name (assess.ProfileInputs), so they must be named in the rule.
     */

    /** Whether the known figures reach tier {@code mid} or {@code large} (false when none can decide). */
    public static boolean atLeast(Integer employees, BigDecimal annualRevenue, Profile p, String tier) {
        BigDecimal staff = p.number("sme." + tier + "Staff");
        BigDecimal revenue = p.number("sme." + tier + "Revenue");
        return decides(employees, annualRevenue, p)
                && (employees == null || staff == null || BigDecimal.valueOf(employees).compareTo(staff) >= 0)
                && (annualRevenue == null || revenue == null || annualRevenue.compareTo(revenue) >= 0);
    }

    /** Whether at least one given figure has a threshold in this sector. */
    public static boolean decides(Integer employees, BigDecimal annualRevenue, Profile p) {
        return employees != null && p.number("sme.largeStaff") != null
                || annualRevenue != null && p.number("sme.largeRevenue") != null;
    }

    /** What the classification was based on: {@code employees}, {@code annualRevenue} or both. */
    public static String basis(Integer employees, BigDecimal annualRevenue) {
        if (employees != null && annualRevenue != null) {
            return "employees+annualRevenue";
        }
        return employees != null ? "employees" : "annualRevenue";
    }
}

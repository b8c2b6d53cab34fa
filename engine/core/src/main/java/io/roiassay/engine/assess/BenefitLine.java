package io.roiassay.engine.assess;

import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One benefit line inside an assessment, stated in the case or computed by a plugin, with its entered
 * cash flow per period.
 *
 * @param id             the line's id (case id, {@code benefits[i]} when unnamed, or plugin line id)
 * @param path           where it came from: {@code benefits[0]} or {@code kpis.sales}
 * @param origin         {@code case} or {@code plugin:<id>}
 * @param sourceLabel    {@code case:benefits[0]} or {@code plugin:sales@1.0.0}
 * @param basis          {@code revenue}, {@code gross-profit}, {@code cost-saving}, {@code cost-avoidance}, {@code time-saved}
 * @param source         {@code measured}, {@code estimated} or {@code vendor-benchmark}
 * @param recurrence     {@code once}, {@code annual}, {@code monthly} or {@code schedule}
 * @param formula        the formula in words
 * @param inputs         the values the formula used
 * @param annual         steady-state yearly amount (unrounded), or null for a one-off or scheduled line
 * @param entered        amounts per period as entered (unrounded)
 * @param hoursGiven     a time-saved line given in hours
 * @param marginApplied  a plugin line that turned revenue into gross profit
 * @param evidence       {@code measured}, {@code controlled}, {@code target} or {@code vendor-benchmark}
 * @param measures       what the line measures ({@code revenue-growth}, {@code time-saved} …)
 * @param measuredAt     when a measured or controlled figure was measured, or null
 * @param scope          {@code per-user} (an uplift per user multiplied out over the users) or {@code company}
 */
record BenefitLine(String id, String path, String origin, String sourceLabel, String basis, String source,
                   String recurrence, Text formula, Map<String, Object> inputs, BigDecimal annual,
                   List<BigDecimal> entered, boolean hoursGiven, boolean marginApplied, String evidence,
                   String measures, String measuredAt, String scope) {

    boolean fromPlugin() {
        return origin.startsWith("plugin:");
    }

    /** Lines are keyed by source and id so a stated and a plugin line of one name stay apart. */
    String key() {
        return sourceLabel + "#" + id;
    }

    /** The evidence class of a stated source: {@code estimated} is a projection, a {@code target}. */
    static String evidenceOf(String source) {
        return "estimated".equals(source) ? "target" : source;
    }
}

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
 */
record BenefitLine(String id, String path, String origin, String sourceLabel, String basis, String source,
                   String recurrence, Text formula, Map<String, Object> inputs, BigDecimal annual,
                   List<BigDecimal> entered, boolean hoursGiven, boolean marginApplied) {

    boolean fromPlugin() {
        return origin.startsWith("plugin:");
    }
}

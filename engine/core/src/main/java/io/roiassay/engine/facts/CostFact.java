package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.List;

/** One entered cost line, with its schedule summarised. */
public final class CostFact implements FixedFact {
    private final int index;
    private final String id;
    private final String category;
    private final String recurrence;
    private final boolean scheduled;
    private final int firstPeriod;
    private final int lastPeriod;
    private final BigDecimal total;
    private final List<String> includes;

    /** A line that covers no other category. */
    public CostFact(int index, String id, String category, String recurrence, boolean scheduled,
                    int firstPeriod, int lastPeriod, BigDecimal total) {
        this(index, id, category, recurrence, scheduled, firstPeriod, lastPeriod, total, List.of());
    }

    public CostFact(int index, String id, String category, String recurrence, boolean scheduled,
                    int firstPeriod, int lastPeriod, BigDecimal total, List<String> includes) {
        this.index = index;
        this.id = id;
        this.category = category;
        this.recurrence = recurrence;
        this.scheduled = scheduled;
        this.firstPeriod = firstPeriod;
        this.lastPeriod = lastPeriod;
        this.total = total;
        this.includes = List.copyOf(includes);
    }

    /** Position in {@code costs}. */
    public int getIndex() { return index; }
    /** The field path, e.g. {@code costs[2]}. */
    public String getPath() { return "costs[" + index + "]"; }
    public String getId() { return id; }
    /** Canonical category id, e.g. {@code training}. */
    public String getCategory() { return category; }
    /** {@code once}, {@code annual} or {@code monthly}; {@code schedule} when given as a schedule. */
    public String getRecurrence() { return recurrence; }
    public boolean isScheduled() { return scheduled; }
    /** Whether the cost recurs: entered as annual or monthly, or a schedule with amounts in several periods. */
    public boolean isRecurring() {
        return "annual".equals(recurrence) || "monthly".equals(recurrence) || lastPeriod > firstPeriod;
    }
    /** First period with a non-zero amount (0 = initial). */
    public int getFirstPeriod() { return firstPeriod; }
    /** Last period with a non-zero amount. */
    public int getLastPeriod() { return lastPeriod; }
    /** Sum over the horizon. */
    public BigDecimal getTotal() { return total; }
    /** The other categories this line covers ({@code costs[].includes}, canonical ids), e.g. {@code training}. */
    public List<String> getIncludes() { return includes; }

    @Override
    public String toString() {
        return "CostFact(" + getPath() + " " + category + " " + recurrence + " " + firstPeriod + ".." + lastPeriod
                + " total=" + total.toPlainString() + (includes.isEmpty() ? "" : " includes=" + includes) + ")";
    }
}

package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * Paid-for seats against the seats in use ({@code deployment.licensedUsers} / {@code activeUsers}) with the
 * software cost behind them, computed in Java for the unused-seats rule. One per session, only when both user
 * counts are given.
 */
public final class SeatFact implements FixedFact {
    private final int licensedUsers;
    private final int activeUsers;
    private final BigDecimal costPerSeatYear;
    private final BigDecimal unusedSeatsYearlyCost;

    /**
     * @param costPerSeatYear       software cost per seat and year (currency scale), or null without a software line
     * @param unusedSeatsYearlyCost costPerSeatYear × unused seats (currency scale), or null without a software line
     */
    public SeatFact(int licensedUsers, int activeUsers, BigDecimal costPerSeatYear, BigDecimal unusedSeatsYearlyCost) {
        this.licensedUsers = licensedUsers;
        this.activeUsers = activeUsers;
        this.costPerSeatYear = costPerSeatYear;
        this.unusedSeatsYearlyCost = unusedSeatsYearlyCost;
    }

    public int getLicensedUsers() { return licensedUsers; }
    public int getActiveUsers() { return activeUsers; }
    /** licensedUsers − activeUsers. */
    public int getUnusedSeats() { return licensedUsers - activeUsers; }
    /** Σ licence and subscription ÷ horizon years ÷ licensed users; null without a software line. */
    public BigDecimal getCostPerSeatYear() { return costPerSeatYear; }
    /** The yearly software cost of the unused seats; null without a software line. */
    public BigDecimal getUnusedSeatsYearlyCost() { return unusedSeatsYearlyCost; }

    @Override
    public String toString() {
        return "SeatFact(licensed=" + licensedUsers + ", active=" + activeUsers + ", unusedYearly="
                + (unusedSeatsYearlyCost == null ? "n/a" : unusedSeatsYearlyCost.toPlainString()) + ")";
    }
}

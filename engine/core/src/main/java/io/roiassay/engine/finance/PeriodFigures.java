package io.roiassay.engine.finance;

import java.math.BigDecimal;

/**
 * One row of the period table in the report, money rounded to the currency's minor unit.
 *
 * @param period        0 for the initial period, t for year t
 * @param costs         costs of the period
 * @param benefits      benefits of the period
 * @param net           benefits − costs
 * @param cumulativeNet undiscounted net from period 0 through this period (summed before rounding)
 */
public record PeriodFigures(int period, BigDecimal costs, BigDecimal benefits, BigDecimal net,
                            BigDecimal cumulativeNet) {
}

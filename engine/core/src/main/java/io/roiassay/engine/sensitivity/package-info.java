/**
 * How sure the verdict is: a compiled, double-precision plan of the adjusted arithmetic that is re-evaluated with
 * drivers changed, and on it the break-even values, the one-way tornado and the seeded Monte Carlo draws. The
 * reported point figures stay {@code BigDecimal}; doubles are used only here, for statistical re-evaluation.
 */
package io.roiassay.engine.sensitivity;

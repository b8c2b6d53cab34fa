package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An amount spread over the periods of the horizon: either {@code amount} with {@code recurrence},
 * {@code startYear} and {@code endYear}, or an explicit {@code schedule} [initial, year 1, …, year N].
 * Costs and benefits share this shape.
 */
public interface Flow {

    /** The amount per occurrence (per month for {@code monthly}); null when a schedule is given. */
    BigDecimal amount();

    /** How often {@link #amount()} recurs; null means {@code once}. */
    Recurrence recurrence();

    /** First period (0 = initial); null means 0 for once, 1 otherwise. */
    Integer startYear();

    /** Last period; null means the horizon's last year (ignored for once). */
    Integer endYear();

    /** Explicit amounts per period, or null. */
    List<BigDecimal> schedule();

    /** The recurrence with its default applied. */
    default Recurrence effectiveRecurrence() {
        return recurrence() == null ? Recurrence.ONCE : recurrence();
    }

    /** The first period with its default applied. */
    default int effectiveStartYear() {
        if (startYear() != null) {
            return startYear();
        }
        return effectiveRecurrence() == Recurrence.ONCE ? 0 : 1;
    }

    /** The last period with its default applied for a horizon of {@code years}. */
    default int effectiveEndYear(int years) {
        if (effectiveRecurrence() == Recurrence.ONCE) {
            return effectiveStartYear();
        }
        return endYear() == null ? years : endYear();
    }
}

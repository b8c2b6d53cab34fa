package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How much of the KPI-driven gain is credited to the CRM.
 *
 * @param crmShare              0..1; null when not given (then 1 is used, and the rules may flag it)
 * @param concurrentInitiatives other changes that ran at the same time
 */
public record Attribution(BigDecimal crmShare, List<String> concurrentInitiatives) {

    /** No attribution section. */
    public static final Attribution NONE = new Attribution(null, List.of());

    public Attribution {
        concurrentInitiatives = concurrentInitiatives == null ? List.of() : List.copyOf(concurrentInitiatives);
    }

    /** The share with its default (1) applied. */
    public BigDecimal effectiveCrmShare() {
        return crmShare == null ? BigDecimal.ONE : crmShare;
    }
}

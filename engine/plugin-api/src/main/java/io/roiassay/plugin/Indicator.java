package io.roiassay.plugin;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-financial indicator's before and after values, shown in the report beside the money figures.
 *
 * @param id     the id of an {@link IndicatorDefinition} the plugin declared
 * @param before the value before the CRM
 * @param after  the value after the CRM
 */
public record Indicator(String id, BigDecimal before, BigDecimal after) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}

package io.roiassay.plugin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One computed benefit line: a yearly amount at steady state, in the case's currency, in profit terms.
 *
 * <p>The amount is before attribution, adoption and ramp-up: the engine applies those to every plugin the
 * same way. A KPI that got worse gives a negative amount; return it as it is, never hide it.
 *
 * @param id       the id of a {@link BenefitDefinition} the plugin declared
 * @param kind     the same kind as the definition
 * @param annual   the yearly amount, any scale (the engine rounds it to the currency's scale, HALF_EVEN)
 * @param currency the case's currency
 * @param inputs   the values the formula used, by name, in the order they appear in the formula
 */
public record Benefit(String id, BenefitKind kind, BigDecimal annual, String currency, Map<String, BigDecimal> inputs) {

    public Benefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(currency, "currency");
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}

package io.roiassay.engine.plugins;

import io.roiassay.plugin.Text;

import java.math.BigDecimal;

/**
 * One assumption a plugin declared ({@code AssumptionDefinition}) and read while it computed a case's figures:
 * the value it got, the declared default and its source, and who set the value when it was not the default.
 *
 * @param plugin       the id of the plugin that declared it
 * @param key          the assumption's name
 * @param value        the value the plugin read
 * @param defaultValue the default the plugin declared
 * @param unit         the unit's id ({@code count}, {@code hours} …)
 * @param source       where the default comes from, or {@code assumption}
 * @param description  what it is, in both languages
 * @param overriddenBy {@code case} or {@code profile} when either set the value instead of the default, else null
 */
public record UsedAssumption(String plugin, String key, BigDecimal value, BigDecimal defaultValue, String unit,
                             String source, Text description, String overriddenBy) {
}

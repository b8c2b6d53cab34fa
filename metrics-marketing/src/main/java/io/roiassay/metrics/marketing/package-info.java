/**
 * The marketing metric plugin: before/after marketing KPIs (spend, leads, conversion, campaign revenue,
 * acquisition cost, staff time) turned into yearly benefit lines in profit terms.
 *
 * <p>{@link io.roiassay.metrics.marketing.MarketingMetrics} is the only public type; the descriptor, the
 * formulas and the KPI-reading helpers are package-private.
 */
package io.roiassay.metrics.marketing;

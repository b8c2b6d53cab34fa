/**
 * The sales metric plugin: before/after sales KPIs turned into yearly benefit lines in profit terms, and
 * the reference implementation for vendors writing their own plugin.
 *
 * <p>{@link io.roiassay.metrics.sales.SalesMetrics} is the only public type; the descriptor, the formulas
 * and the small KPI-reading helpers are package-private so the plugin's surface is just the API.
 */
package io.roiassay.metrics.sales;

/**
 * The customer service metric plugin: before/after service KPIs (cases per agent, resolution time,
 * retention, self-service) turned into yearly benefit lines in profit terms.
 *
 * <p>{@link io.roiassay.metrics.service.ServiceMetrics} is the only public type; the descriptor, the
 * formulas and the KPI-reading helpers are package-private.
 */
package io.roiassay.metrics.service;

/**
 * Optional helpers for writing a metric plugin: reading before/after KPI values and recording the inputs
 * each benefit line used. The built-in plugins use them; a vendor plugin may too.
 */
package io.roiassay.plugin.support;

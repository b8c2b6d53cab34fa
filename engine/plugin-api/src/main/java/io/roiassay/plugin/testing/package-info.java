/**
 * Fixtures for unit-testing a metric plugin without the engine: a context built by hand and a contract
 * check for descriptors and computed lines.
 */
package io.roiassay.plugin.testing;

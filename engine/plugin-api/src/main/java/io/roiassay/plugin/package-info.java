/**
 * The metric plugin API: what a vendor compiles against to add KPI-driven benefits to ROI Assay.
 *
 * <p>A plugin implements {@link io.roiassay.plugin.MetricPlugin}, declares itself with a
 * {@link io.roiassay.plugin.PluginDescriptor} and is listed in
 * {@code META-INF/services/io.roiassay.plugin.MetricPlugin}. This package depends on nothing but the JDK,
 * so a plugin needs no Drools, Guice or Jackson. {@link io.roiassay.plugin.testing} has the fixtures to
 * unit-test a plugin without the engine.
 */
package io.roiassay.plugin;

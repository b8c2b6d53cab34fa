/**
 * The metric-plugin host: finds plugins (the class path and a plugins directory, each directory or jar in
 * its own class loader that sees only the plugin API), orders them deterministically, and runs them with
 * a time limit, turning every failure into a {@link io.roiassay.engine.facts.PluginIssue} instead of a crash.
 */
package io.roiassay.engine.plugins;

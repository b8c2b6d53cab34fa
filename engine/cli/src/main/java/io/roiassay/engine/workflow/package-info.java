/**
 * The consultant and auditor workflows behind {@code assay rules check}, {@code assay rules test},
 * {@code assay verify} and {@code assay diff}: checking a rule pack, running rule scenarios, re-running a
 * saved report and comparing two reports. The command classes in {@code io.roiassay.engine.cli} only parse
 * arguments and print what these classes return.
 */
package io.roiassay.engine.workflow;

/**
 * Batch assessment: many cases streamed through one engine with a bounded queue, reports written in input
 * order, bad cases turned into error records instead of stopping the run.
 */
package io.roiassay.engine.batch;

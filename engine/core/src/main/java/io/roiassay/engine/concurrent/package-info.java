/** Loading on a second thread while the caller goes on (cold starts on two cores). */
package io.roiassay.engine.concurrent;

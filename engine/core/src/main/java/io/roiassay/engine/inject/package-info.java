/** Guice wiring: what the engine is made of, bound once per process. */
package io.roiassay.engine.inject;

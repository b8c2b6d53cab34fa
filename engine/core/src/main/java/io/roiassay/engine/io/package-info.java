/** File helpers the engine's writers share. */
package io.roiassay.engine.io;

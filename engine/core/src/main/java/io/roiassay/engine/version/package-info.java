/**
 * What the engine is: its version, read from the properties the build writes. Depends on nothing else in
 * the engine, so every package (rules, assess, cli) may use it without a package cycle.
 */
package io.roiassay.engine.version;

/**
 * What compiled rule files may touch: an allow-list ({@link io.roiassay.engine.rules.security.CodePolicy}),
 * less the allowed methods whose cost is unbounded in an argument
 * ({@link io.roiassay.engine.rules.security.CostPolicy}), checked over the bytecode of every rule pack before
 * it is used ({@link io.roiassay.engine.rules.security.PackCodeCheck}).
 */
package io.roiassay.engine.rules.security;

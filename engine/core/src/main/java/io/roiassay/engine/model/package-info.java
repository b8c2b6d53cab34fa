/**
 * The case as the user wrote it ({@code roi-assay/case-1}): immutable records bound from YAML or JSON after
 * schema validation. Defaults are applied by accessors named {@code effective…}, never by rewriting input.
 */
package io.roiassay.engine.model;

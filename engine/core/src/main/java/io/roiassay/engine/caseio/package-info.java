/**
 * Reading a case file: YAML or JSON is parsed with line numbers kept, validated against the shipped JSON
 * Schema ({@code roi-assay/schema/case-1.schema.json}) and the cross-field rules the schema cannot state,
 * and only then bound to {@link io.roiassay.engine.model.Case}. Every problem found is reported in one
 * pass as a {@link io.roiassay.engine.caseio.CaseError} naming the file, line and field path. A valid case
 * skips the full JSON-Schema validator: a yes/no check compiled from the same schema shows it valid, and any
 * case that fails is read again the full way.
 */
package io.roiassay.engine.caseio;

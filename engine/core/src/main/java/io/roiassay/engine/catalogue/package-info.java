/**
 * The finding and recommendation catalogue (codes, families, severities, bilingual message templates)
 * and the enums of the report's closed vocabularies: {@link io.roiassay.engine.catalogue.Severity},
 * {@link io.roiassay.engine.catalogue.Family}, {@link io.roiassay.engine.catalogue.Grade} and
 * {@link io.roiassay.engine.catalogue.Confidence}.
 */
package io.roiassay.engine.catalogue;

package io.roiassay.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.roiassay.engine.model.Case;

/**
 * The case as a report embeds it ({@code assess --embed-case}, under {@code provenance.case}): its canonical
 * JSON ({@link InputHash#canonicalJson}), numbers kept exactly as written, so the embedded case hashes to the
 * report's {@code inputHash} and reads back as the same case.
 */
public final class EmbeddedCase {

    private EmbeddedCase() {
    }

    /** The canonical JSON of the case as a tree. */
    public static JsonNode of(Case theCase) {
        try {
            return JsonReportWriter.mapper().reader().with(JsonNodeFactory.withExactBigDecimals(true))
                    .readTree(InputHash.canonicalJson(theCase));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the canonical JSON of the case", e);
        }
    }
}

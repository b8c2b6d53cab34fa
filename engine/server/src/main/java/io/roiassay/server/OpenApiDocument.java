package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.util.List;

/**
 * The served OpenAPI document: the shipped one, with the {@code format} parameter of {@code POST /api/v1/assessments}
 * listing the formats the server's engine has (an embedder may have added some to json, md, html and pdf).
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    /** The document with the format enum set to {@code formats}; the shipped bytes when it already lists exactly them. */
    static byte[] withFormats(byte[] shipped, List<String> formats) throws IOException {
        JsonNode doc = JSON.readTree(shipped);
        ArrayNode enumeration = formatEnum(doc);
        List<String> listed = new java.util.ArrayList<>();
        enumeration.forEach(n -> listed.add(n.asText()));
        if (listed.equals(formats)) {
            return shipped;
        }
        enumeration.removeAll();
        formats.forEach(enumeration::add);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    }

    /** The {@code enum} of the assessments route's {@code format} parameter. */
    static ArrayNode formatEnum(JsonNode doc) throws IOException {
        for (JsonNode p : doc.path("paths").path("/assessments").path("post").path("parameters")) {
            if ("format".equals(p.path("name").asText()) && p.path("schema").path("enum") instanceof ArrayNode a) {
                return a;
            }
        }
        throw new IOException("the OpenAPI document has no format parameter with an enum on POST /assessments");
    }
}

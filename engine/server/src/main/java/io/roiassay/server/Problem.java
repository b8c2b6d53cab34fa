package io.roiassay.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.caseio.CaseError;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem-details answer ({@code application/problem+json}): every failure the API gives has
 * this shape, with {@code errors} listing each case error (path, message, line, column) for a 422.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int status;
    private final String type;
    private final String title;
    private final transient List<CaseError> errors;

    /** A problem with a type slug (e.g. {@code invalid-case}), a short title and a detail for this occurrence. */
    public Problem(int status, String type, String title, String detail, List<CaseError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem without case errors. */
    public Problem(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The problem document, UTF-8 JSON. */
    public byte[] body(String instance) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", "https://roi-assay.io/problems/" + type);
        n.put("title", title);
        n.put("status", status);
        n.put("detail", getMessage());
        if (instance != null) {
            n.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            ArrayNode list = n.putArray("errors");
            for (CaseError e : errors) {
                ObjectNode x = list.addObject();
                x.put("path", e.path());
                x.put("message", e.message());
                if (e.line() != null) {
                    x.put("line", e.line());
                }
                if (e.column() != null) {
                    x.put("column", e.column());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(n).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

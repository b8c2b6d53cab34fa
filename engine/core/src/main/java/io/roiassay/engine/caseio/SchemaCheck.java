package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;

/**
 * A yes/no check that a case tree conforms to the case schema, compiled from the same schema file the
 * full validator reads. It builds no paths and no messages, so a valid case costs next to nothing. A case it
 * cannot pass goes to {@link SchemaValidator}, which finds and words every error. If the schema uses a
 * keyword {@link SchemaCompiler} does not implement, the check is unavailable and says no to every case, so
 * every case takes the full validation (slower, never weaker).
 */
final class SchemaCheck {

    private static final class Holder {
        // Lazy holder: compiled on first use and shared by every reader and thread (the predicates are immutable).
        static final SchemaCheck SHARED = fromResource();
    }

    /** The compiled schema, or null when it is unavailable. */
    private final Predicate<JsonNode> schema;

    private SchemaCheck(Predicate<JsonNode> schema) {
        this.schema = schema;
    }

    /** The check compiled from the shipped case schema. */
    static SchemaCheck shared() {
        return Holder.SHARED;
    }

    /** Compiles {@code schemaTree}; the result is unavailable when it uses a keyword the compiler does not know. */
    static SchemaCheck compile(JsonNode schemaTree) {
        try {
            return new SchemaCheck(SchemaCompiler.compile(schemaTree));
        } catch (SchemaCompiler.Unsupported e) {
            return new SchemaCheck(null);
        }
    }

    /** Whether the schema was compiled; when not, {@link #conforms} is always false. */
    boolean available() {
        return schema != null;
    }

    /** True only when {@code document} meets every rule of the schema (then the full validator finds no error). */
    boolean conforms(JsonNode document) {
        return schema != null && schema.test(document);
    }

    private static SchemaCheck fromResource() {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SchemaValidator.RESOURCE)) {
            if (in == null) {
                // The full validator reports the missing schema when it is first used.
                return new SchemaCheck(null);
            }
            return compile(new ObjectMapper().readTree(in));
        } catch (IOException | RuntimeException e) {
            // Whatever goes wrong here only costs speed: every case then takes the full validation.
            return new SchemaCheck(null);
        }
    }
}

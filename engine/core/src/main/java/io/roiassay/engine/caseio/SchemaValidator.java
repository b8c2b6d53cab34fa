package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Validates a case tree against the shipped JSON Schema, loaded once per class loader. */
final class SchemaValidator {

    /** Classpath location of the schema, as published to users. */
    static final String RESOURCE = "roi-assay/schema/case-1.schema.json";

    private static final class Holder {
        // Lazy holder: the schema is parsed on first use and then shared by every reader and thread.
        static final SchemaValidator INSTANCE = load();
    }

    private final Schema schema;
    private final ErrorWording wording;

    private SchemaValidator(Schema schema, JsonNode schemaTree) {
        this.schema = schema;
        this.wording = new ErrorWording(schemaTree);
    }

    /** The shared validator. */
    static SchemaValidator instance() {
        return Holder.INSTANCE;
    }

    /** Every schema violation in {@code document}, worded for a person (a JSON document's wording). */
    List<Problem> validate(JsonNode document) {
        return validate(document, false);
    }

    /** Every schema violation in {@code document}, worded for a person; {@code yaml}: the case was YAML text. */
    List<Problem> validate(JsonNode document, boolean yaml) {
        List<Error> errors = schema.validate(document);
        List<Problem> problems = new ArrayList<>(errors.size());
        // a value of the wrong type is also outside the field's enum: one mistake, one error (the type's, which says
        // what was expected and what came)
        java.util.Set<String> wrongType = new java.util.HashSet<>();
        for (Error error : errors) {
            if ("type".equals(error.getKeyword())) {
                wrongType.add(String.valueOf(error.getInstanceLocation()));
            }
        }
        for (Error error : errors) {
            if ("enum".equals(error.getKeyword()) && wrongType.contains(String.valueOf(error.getInstanceLocation()))) {
                continue;
            }
            problems.add(wording.word(error, yaml));
        }
        return problems;
    }

    private static SchemaValidator load() {
        byte[] bytes;
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("case schema missing from the class path: " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the case schema " + RESOURCE, e);
        }
        try {
            JsonNode tree = new ObjectMapper().readTree(bytes);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            Schema schema = registry.getSchema(new ByteArrayInputStream(bytes));
            // Build all keyword validators now, not lazily inside concurrent validate() calls.
            schema.initializeValidators();
            return new SchemaValidator(schema, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("the case schema " + RESOURCE + " is not valid JSON", e);
        }
    }
}

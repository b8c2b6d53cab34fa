package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.roiassay.engine.model.Case;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The input hash in a report's provenance: {@code sha256:} over the case's canonical JSON (keys sorted,
 * absent fields left out, aliases resolved to canonical ids, numbers as written). The same case in YAML, JSON or a JSONL line
 * hashes the same; a changed value changes it.
 */
public final class InputHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private InputHash() {
    }

    /** The canonical JSON of a case. */
    public static String canonicalJson(Case c) {
        try {
            return CANONICAL.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write case as JSON", e);
        }
    }

    /** The case {@link #prepare} hashed, with its hash: {@link #of} that same (immutable) case returns it. */
    private record Prepared(Case theCase, String hash) {
    }

    private static volatile Prepared prepared;

    /**
     * Hashes a case in advance, e.g. while a command waits for the engine to load: the first hash of a process
     * also builds the canonical writer's serializers and the digest. A later {@link #of} of the same case object
     * returns this hash instead of computing it again.
     */
    public static void prepare(Case c) {
        prepared = new Prepared(c, compute(c));
    }

    /** {@code sha256:<hex>} of the canonical JSON. */
    public static String of(Case c) {
        Prepared p = prepared;
        return p != null && p.theCase() == c ? p.hash() : compute(c);
    }

    private static String compute(Case c) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson(c).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

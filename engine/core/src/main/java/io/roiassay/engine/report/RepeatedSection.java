package io.roiassay.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a report section that repeats across cases — the profile (the same for every case of one industry,
 * size and deployment), the rule-file manifest and the plugin list (the same for every case of one engine),
 * the definitions (the same per language) — from its one-line JSON, made once per distinct value.
 *
 * <p>The output is byte for byte what plain serialisation writes: a value is looked up by {@code equals}
 * (records and lists compare their content, in order; the profile's assumptions are sorted by name), the
 * text is made by the same mapper, and indented output ({@code --format json} for one report) is written
 * the plain way, since cached one-line text cannot follow the indentation. Kept per mapper; at most
 * {@link #LIMIT} values, then started afresh.
 */
public final class RepeatedSection extends JsonSerializer<Object> {

    /** Distinct values kept before the cache starts afresh (a batch has at most a few hundred profiles). */
    static final int LIMIT = 4096;

    private final ConcurrentHashMap<Object, SerializableString> cache = new ConcurrentHashMap<>();

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (gen.getPrettyPrinter() != null || !(gen.getCodec() instanceof ObjectMapper mapper)) {
            provider.findValueSerializer(value.getClass()).serialize(value, gen, provider);
            return;
        }
        SerializableString json = cache.get(value);
        if (json == null) {
            json = new SerializedString(mapper.writeValueAsString(value));
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            cache.put(value, json);
        }
        gen.writeRawValue(json);
    }
}

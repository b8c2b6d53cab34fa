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
 * (records and lists compare their content, in order; the profile's assumptions are sorted by name) and
 * the text is made by the same mapper. Indented output ({@code --format json}, the server's JSON) is cached
 * too when its printer is the report's own ({@link ReportPrettyPrinter}): the section is indented once at
 * depth 0 and shifted to the depth it is written at — JSON text holds no raw line break but those the
 * printer writes, so adding the indentation after each one is exact. Any other printer is written the plain
 * way. Kept per mapper; at most {@link #LIMIT_CHARS} characters of JSON, then started afresh.
 */
public final class RepeatedSection extends JsonSerializer<Object> {

    /**
     * Characters of JSON kept before the cache starts afresh: about 600 profile sections (13 KB each), some 20 MB
     * of heap with their keys. A batch of generated cases meets about 250 distinct profile sections per 1,000
     * cases (the profile, plus the industry as the case wrote it and any assumption the case overrides); a
     * batch under {@code -Xmx256m} must not spend its heap on them.
     */
    static final long LIMIT_CHARS = 8_000_000;

    private final ConcurrentHashMap<Object, SerializableString> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong chars = new java.util.concurrent.atomic.AtomicLong();
    private final long limitChars;

    /** With the default budget, {@link #LIMIT_CHARS} (Jackson makes it from the annotation). */
    public RepeatedSection() {
        this(LIMIT_CHARS);
    }

    RepeatedSection(long limitChars) {
        this.limitChars = limitChars;
    }

    /** Characters of JSON held now (tests). */
    long cachedChars() {
        return chars.get();
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        var printer = gen.getPrettyPrinter();
        boolean indented = printer instanceof ReportPrettyPrinter;
        if ((printer != null && !indented) || !(gen.getCodec() instanceof ObjectMapper mapper)) {
            provider.findValueSerializer(value.getClass()).serialize(value, gen, provider);
            return;
        }
        int depth = indented ? gen.getOutputContext().getNestingDepth() : -1;
        Object key = indented ? new Indented(value, depth) : value;
        SerializableString json = cache.get(key);
        if (json == null) {
            String text = indented
                    ? ReportPrettyPrinter.shift(mapper.writer(new ReportPrettyPrinter()).writeValueAsString(value), depth)
                    : mapper.writeValueAsString(value);
            json = new SerializedString(text);
            if (chars.addAndGet(text.length()) > limitChars) {
                cache.clear();
                chars.set(text.length());
            }
            cache.put(key, json);
        }
        gen.writeRawValue(json);
    }

    /** The key of a section's indented text: the value and the nesting depth it is written at. */
    private record Indented(Object value, int depth) {
    }
}

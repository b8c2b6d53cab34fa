package io.roiassay.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes a report as JSON, the canonical form: fixed key order, decimals as plain numbers, two-space
 * indentation (or one line for batch output), a final newline. Also reads reports back (verify, diff).
 */
public final class JsonReportWriter {

    /**
     * The mapper for single reports: plain reflection. Blackbird's generated accessors are faster once warm,
     * but generating them cost a cold {@code assess} about 35 ms, more than they ever save on one report.
     */
    private static final ObjectMapper MAPPER = builder().build();

    /** The mapper for report lines in bulk (batch): Blackbird's generated accessors, made on first use. */
    private static final class Bulk {
        static final ObjectMapper MAPPER = builder()
                .addModule(new com.fasterxml.jackson.module.blackbird.BlackbirdModule())
                .build();
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static final ReportPrettyPrinter PRETTY = new ReportPrettyPrinter();

    private JsonReportWriter() {
    }

    /**
     * Builds and caches the serializers {@link #pretty} uses for a report (introspection of the report's records),
     * so that the first report is written at once; writes nothing.
     */
    public static void prepare() {
        try {
            MAPPER.getSerializerProviderInstance().findValueSerializer(Report.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IllegalStateException("cannot write reports as JSON", e);
        }
    }

    /** The report as indented JSON with a final newline. */
    public static String pretty(Report report) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
    }

    /**
     * The bytes of {@link #pretty} in UTF-8, written straight to bytes without an intermediate string. {@code bulk}
     * writes them with the generated accessors the batch uses: for a process that writes many reports (a server);
     * a single cold report is faster without them.
     */
    public static byte[] prettyBytes(Report report, boolean bulk) {
        LineBuffer buffer = LINE_BUFFER.get();
        buffer.reset();
        try {
            (bulk ? Bulk.MAPPER : MAPPER).writer(PRETTY).writeValue(buffer, report);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    /** The report as one line of JSON, no final newline (the embedding API's form, often used in bulk). */
    public static String compact(Report report) {
        try {
            return Bulk.MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
    }

    /**
     * The report as one line of JSON in UTF-8 with its newline (batch output): written straight to bytes,
     * without an intermediate string.
     */
    public static byte[] compactLine(Report report) {
        LineBuffer buffer = LINE_BUFFER.get();
        buffer.reset();
        try {
            Bulk.MAPPER.writeValue(buffer, report);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    /**
     * Each thread's buffer for {@link #compactLine}: a report line is written into it and copied out once,
     * instead of growing a fresh buffer per report (about 50 KB each) and copying it again for the newline.
     * A buffer that grew past 1 MiB for an unusually large report is dropped afterwards.
     */
    private static final ThreadLocal<LineBuffer> LINE_BUFFER = ThreadLocal.withInitial(LineBuffer::new);

    private static final class LineBuffer extends java.io.ByteArrayOutputStream {
        LineBuffer() {
            super(64 * 1024);
        }

        @Override
        public void reset() {
            if (buf.length > 1 << 20) {
                buf = new byte[64 * 1024];
            }
            super.reset();
        }

        @Override
        public void close() {
            // Jackson closes the target after writing; the buffer stays usable.
        }
    }

    /** The shared mapper, for reading reports back as trees. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}

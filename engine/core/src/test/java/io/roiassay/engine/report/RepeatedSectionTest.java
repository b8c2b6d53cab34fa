package io.roiassay.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached sections stay within their budget of characters and are written exactly as plain serialisation. */
class RepeatedSectionTest {

    private final ObjectMapper mapper = JsonMapper.builder().build();

    private String write(RepeatedSection section, Object value) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            section.serialize(value, g, mapper.getSerializerProviderInstance());
        }
        return out.toString();
    }

    @Test
    void cache_startsAfreshWhenItsCharacterBudgetIsSpent_andStillWritesEveryValueRight() throws Exception {
        RepeatedSection section = new RepeatedSection(100);
        List<String> first = List.of("a".repeat(40));
        List<String> second = List.of("b".repeat(40));
        List<String> third = List.of("c".repeat(40));

        assertThat(write(section, first)).isEqualTo(mapper.writeValueAsString(first));
        assertThat(section.cachedChars()).isEqualTo(44);            // ["aaa…"]: 40 letters, 2 quotes, 2 brackets
        assertThat(write(section, second)).isEqualTo(mapper.writeValueAsString(second));
        assertThat(section.cachedChars()).isEqualTo(88);
        assertThat(write(section, third)).isEqualTo(mapper.writeValueAsString(third));
        assertThat(section.cachedChars()).isEqualTo(44);            // over 100: only the newest is kept
        assertThat(write(section, first)).isEqualTo(mapper.writeValueAsString(first));
        assertThat(section.cachedChars()).isEqualTo(88);
    }

    @Test
    void aValueSeenBefore_isWrittenFromTheCache_withoutGrowingIt() throws Exception {
        RepeatedSection section = new RepeatedSection(1_000);
        List<Integer> value = List.of(1, 2, 3);
        write(section, value);
        long held = section.cachedChars();
        assertThat(write(section, List.of(1, 2, 3))).isEqualTo("[1,2,3]");
        assertThat(section.cachedChars()).isEqualTo(held).isEqualTo(7);
    }

    @Test
    void indentedWithTheReportsPrinter_isCachedPerDepth_andShiftedExactly() throws Exception {
        RepeatedSection section = new RepeatedSection(10_000);
        java.util.Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("note", "line\nbreak");
        value.put("list", List.of(1, 2));
        java.util.Map<String, Object> outer = java.util.Map.of("a", java.util.Map.of("b", value));
        String expected = mapper.writer(new ReportPrettyPrinter()).writeValueAsString(outer);

        for (int round = 0; round < 2; round++) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.setPrettyPrinter(new ReportPrettyPrinter());
                g.writeStartObject();
                g.writeFieldName("a");
                g.writeStartObject();
                g.writeFieldName("b");
                section.serialize(value, g, mapper.getSerializerProviderInstance());
                g.writeEndObject();
                g.writeEndObject();
            }
            assertThat(out.toString()).isEqualTo(expected);
        }
        assertThat(section.cachedChars()).as("cached once, at depth 2").isEqualTo(
                ReportPrettyPrinter.shift(mapper.writer(new ReportPrettyPrinter()).writeValueAsString(value), 2).length());
    }

    @Test
    void indentedWithAnotherPrinter_isWrittenThePlainWay_andNotCached() throws Exception {
        RepeatedSection section = new RepeatedSection(10_000);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            section.serialize(List.of(1, 2), g, mapper.getSerializerProviderInstance());
        }
        assertThat(out.toString()).isEqualTo(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(1, 2)));
        assertThat(section.cachedChars()).isZero();
    }
}

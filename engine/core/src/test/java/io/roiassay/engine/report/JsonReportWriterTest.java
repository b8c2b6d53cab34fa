package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-line JSON form batch writes is the compact form plus a newline, every time; sections written
 * from their cached text ({@link RepeatedSection}), one-line or indented, are byte for byte what plain
 * serialisation writes.
 */
class JsonReportWriterTest {

    /** The report's indentation, spelled out with Jackson's own printer (not the report's type). */
    private static final DefaultPrettyPrinter PLAIN_PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Test
    void indentedSections_areShiftedAfterEveryLineBreak_only() {
        assertThat(ReportPrettyPrinter.shift("{\n  \"a\" : \"x\\ny\"\n}", 2)).isEqualTo("{\n      \"a\" : \"x\\ny\"\n    }");
        assertThat(ReportPrettyPrinter.shift("[ ]", 3)).isEqualTo("[ ]");
    }

    @Test
    void compactLine_isTheCompactJsonAndANewline_alsoWhenItsBufferIsReused() throws Exception {
        Report acme = Examples.assay().assess(Examples.read("acme-retail.yaml"));
        Report small = HtmlReportFixtures.threeYear();
        for (Report r : new Report[] {acme, small, acme}) {
            String line = new String(JsonReportWriter.compactLine(r), StandardCharsets.UTF_8);
            assertThat(line).isEqualTo(JsonReportWriter.compact(r) + "\n");
        }
    }

    @Test
    void repeatedSections_writeExactlyWhatPlainSerialisationWrites_forEveryExampleInBothLanguages() throws Exception {
        ObjectMapper plain = JsonMapper.builder()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Object findSerializer(Annotated a) {
                        Object s = super.findSerializer(a);
                        return s == RepeatedSection.class ? null : s;
                    }
                })
                .build();
        List<Report> reports = new ArrayList<>();
        try (var files = Files.list(io.roiassay.engine.Examples.dir())) {
            for (var file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Case c = Examples.read(file.getFileName().toString());
                for (String lang : List.of("en", "zh-CN")) {
                    reports.add(Examples.assay().engine().assess(c, lang, io.roiassay.engine.assess.AssessOptions.NO_DRAWS));
                }
            }
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(14);
        for (int round = 0; round < 2; round++) {
            for (Report r : reports) {
                String expected = plain.writeValueAsString(r);
                assertThat(JsonReportWriter.compact(r)).isEqualTo(expected);
                assertThat(new String(JsonReportWriter.compactLine(r), StandardCharsets.UTF_8)).isEqualTo(expected + "\n");
                String pretty = plain.writer(PLAIN_PRETTY).writeValueAsString(r) + "\n";
                assertThat(JsonReportWriter.pretty(r)).isEqualTo(pretty);
                assertThat(new String(JsonReportWriter.prettyBytes(r, false), StandardCharsets.UTF_8)).isEqualTo(pretty);
                assertThat(new String(JsonReportWriter.prettyBytes(r, true), StandardCharsets.UTF_8)).isEqualTo(pretty);
            }
        }
    }
}

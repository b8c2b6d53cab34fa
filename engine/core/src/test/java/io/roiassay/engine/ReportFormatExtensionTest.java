package io.roiassay.engine;

import com.google.inject.AbstractModule;
import io.roiassay.engine.inject.EngineModule;
import io.roiassay.engine.report.BuiltInFormat;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import io.roiassay.engine.report.ReportRenderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Report formats are an extension point: an embedder adds one through the builder or a Guice module, and the
 * engine renders in it by name beside json, md, html and pdf (the example of docs/embedding.md).
 */
class ReportFormatExtensionTest {

    /** The findings as CSV: the example format of docs/embedding.md. */
    static final class FindingsCsv implements ReportRenderer {
        @Override public String name() { return "findings-csv"; }
        @Override public String mediaType() { return "text/csv"; }
        @Override public byte[] render(Report report) {
            StringBuilder csv = new StringBuilder("code,severity\n");
            for (ReportFinding f : report.findings()) {
                csv.append(f.code()).append(',').append(f.severity()).append('\n');
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A format named like a built-in one. */
    static final class OtherJson implements ReportRenderer {
        @Override public String name() { return "json"; }
        @Override public String mediaType() { return "application/json"; }
        @Override public byte[] render(Report report) { return new byte[0]; }
    }

    @Test
    void builtInEngine_hasJsonMdHtmlPdf() {
        assertThat(Examples.assay().formats().names()).containsExactly("json", "md", "html", "pdf");
        assertThat(Examples.assay().formats().get("json")).isSameAs(BuiltInFormat.json);
    }

    @Test
    void formatAddedThroughTheBuilder_rendersByName() throws Exception {
        RoiAssay assay = RoiAssay.builder().reportFormat(new FindingsCsv()).build();
        Report report = assay.engine().assess(Examples.read("acme-retail.yaml"), "en");

        String csv = new String(assay.render(report, "findings-csv"), StandardCharsets.UTF_8);

        assertThat(assay.formats().names()).containsExactly("json", "md", "html", "pdf", "findings-csv");
        assertThat(csv).startsWith("code,severity\n").contains("\nmistake/double-counting,major\n");
        assertThat(csv.lines().count()).isEqualTo(report.findings().size() + 1);
        assertThat(assay.render(report, "json")).isEqualTo(BuiltInFormat.json.render(report));
    }

    @Test
    void formatAddedThroughAGuiceModule_rendersByName() throws Exception {
        RoiAssay assay = RoiAssay.builder().module(new AbstractModule() {
            @Override
            protected void configure() {
                EngineModule.formats(binder()).addBinding().to(FindingsCsv.class);
            }
        }).build();

        assertThat(assay.formats().require("findings-csv")).isInstanceOf(FindingsCsv.class);
        assertThat(assay.formats().require("findings-csv").mediaType()).isEqualTo("text/csv");
    }

    @Test
    void unknownFormat_namesTheFormatsThereAre() {
        assertThatThrownBy(() -> Examples.assay().formats().require("docx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'docx'; the formats are json, md, html, pdf");
    }

    @Test
    void formatNamedLikeABuiltInOne_isRefusedWhenTheEngineIsBuilt() {
        assertThatThrownBy(() -> RoiAssay.builder().reportFormat(new OtherJson()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("two report formats are named 'json': " + BuiltInFormat.class.getName()
                        + " and " + OtherJson.class.getName());
    }
}

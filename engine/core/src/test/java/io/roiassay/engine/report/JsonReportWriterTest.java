package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-line JSON form batch writes is the compact form plus a newline, every time. */
class JsonReportWriterTest {

    @Test
    void compactLine_isTheCompactJsonAndANewline_alsoWhenItsBufferIsReused() throws Exception {
        Report acme = Examples.assay().assess(Examples.read("acme-retail.yaml"));
        Report small = HtmlReportFixtures.threeYear();
        for (Report r : new Report[] {acme, small, acme}) {
            String line = new String(JsonReportWriter.compactLine(r), StandardCharsets.UTF_8);
            assertThat(line).isEqualTo(JsonReportWriter.compact(r) + "\n");
        }
    }
}

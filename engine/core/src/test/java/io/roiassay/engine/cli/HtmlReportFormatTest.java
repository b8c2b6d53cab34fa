package io.roiassay.engine.cli;

import io.roiassay.engine.report.HtmlReportFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportFormatTest {

    @Test
    void formatHtml_rendersTheSelfContainedPage() {
        String html = ReportFormat.valueOf("html").render(HtmlReportFixtures.threeYear());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"chart cash-flow\"").endsWith("</html>\n");
    }
}

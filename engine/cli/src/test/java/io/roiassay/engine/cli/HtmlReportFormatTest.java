package io.roiassay.engine.cli;

import io.roiassay.engine.report.HtmlReportFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportFormatTest {

    @Test
    void formatHtml_rendersTheSelfContainedPage() throws Exception {
        String html = new String(io.roiassay.engine.report.BuiltInFormat.html.render(HtmlReportFixtures.threeYear()), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"chart cash-flow\"").endsWith("</html>\n");
    }
}

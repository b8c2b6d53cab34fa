package io.roiassay.server;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.HtmlReportWriter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's CSP allows exactly the style block a rendered report carries. */
class ReportStyleHashTest {

    @Test
    void hash_isTheHashOfTheStyleBlockOfARenderedReport() throws Exception {
        RoiAssay assay = RoiAssay.builder().build();
        String html = HtmlReportWriter.render(assay.assess(assay.reader().read(TestServer.examples().resolve("acme-retail.yaml"))));
        var m = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        String expected = "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8))) + "'";
        assertThat(ReportStyleHash.of()).isEqualTo(expected);
    }
}

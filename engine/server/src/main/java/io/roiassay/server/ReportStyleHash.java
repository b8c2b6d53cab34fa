package io.roiassay.server;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.HtmlReportWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP hash of the HTML report's inline style sheet. The workbench shows the report in a sandboxed frame
 * that inherits the page's policy, so the page allows exactly that style block instead of
 * {@code 'unsafe-inline'}. Found by assessing a small built-in case at start-up, which also warms the engine.
 */
final class ReportStyleHash {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private ReportStyleHash() {
    }

    static String of(RoiAssay assay, String warmupCase) throws Exception {
        String html = HtmlReportWriter.render(assay.engine().assess(assay.reader().read(warmupCase, "warmup.yaml", false)));
        Matcher m = STYLE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("the HTML report has no style block");
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }
}

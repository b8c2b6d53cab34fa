package io.roiassay.server;

import io.roiassay.engine.report.HtmlReportWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The CSP hash of the HTML report's inline style sheet. The workbench shows the report in a sandboxed frame
 * that inherits the page's policy, so the page allows exactly that style block instead of
 * {@code 'unsafe-inline'}.
 */
final class ReportStyleHash {

    private ReportStyleHash() {
    }

    /** The hash of the style block every HTML report carries ({@link HtmlReportWriter#styleSheet()}). */
    static String of() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(HtmlReportWriter.styleSheet().getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

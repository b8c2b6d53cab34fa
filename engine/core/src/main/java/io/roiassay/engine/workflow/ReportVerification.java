package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;

/**
 * Whether a saved report reproduces: the re-run report rendered as canonical JSON is compared byte for byte
 * with the saved file; when the bytes differ the two trees are compared, and every difference is named by path.
 *
 * @param byteIdentical the saved file equals the canonical rendering of the re-run, byte for byte
 * @param changes       what differs between the saved report and the re-run (none when it reproduces)
 */
public record ReportVerification(boolean byteIdentical, ReportChanges changes) {

    /** Compares a saved report with a fresh assessment of the same case. */
    public static ReportVerification of(ReportFiles.Saved saved, Report now) {
        String canonical = JsonReportWriter.pretty(now);
        if (canonical.equals(saved.text())) {
            return new ReportVerification(true, ReportChanges.between(saved.tree(), saved.tree()));
        }
        JsonNode fresh;
        try {
            // Read back from the text, so both trees hold numbers exactly as a file would.
            fresh = ReportFiles.readTree(canonical);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the report just written", e);
        }
        return new ReportVerification(false, ReportChanges.between(saved.tree(), fresh));
    }

    /** Whether the report reproduces (byte for byte, or with the same content in another JSON layout). */
    public boolean reproduces() {
        return byteIdentical || changes.none();
    }
}

package io.roiassay.engine.cli;

import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.workflow.ReportDiff;
import io.roiassay.engine.workflow.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code assay diff A.json B.json}: what changed between two reports. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "Compare two JSON reports: moved figures, added or removed findings, grade and provenance.",
        description = {
        "Figures that moved, findings and recommendations added or removed, grade and confidence, provenance.",
        "Exit 0 (also when they differ, unless --exit-code), 2 for a bad file."})
final class DiffCommand implements Callable<Integer> {

    /** The output formats of {@code --format}. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "A", description = "The first report (JSON).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second report (JSON).")
    Path b;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--exit-code", description = "Exit 1 when the reports differ (like git diff --exit-code).")
    boolean exitCode;

    @Override
    public Integer call() throws Exception {
        ReportFiles.Saved left = ReportFiles.read(a);
        ReportFiles.Saved right = ReportFiles.read(b);
        ReportDiff diff = ReportDiff.between(left.tree(), right.tree());
        String out = format == Format.json
                ? JsonReportWriter.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(diff.json()) + "\n"
                : diff.text(a.toString(), b.toString());
        ProcessGuard.printText(out);
        return exitCode && !diff.identical() ? ExitCode.FAILED : ExitCode.OK;
    }
}

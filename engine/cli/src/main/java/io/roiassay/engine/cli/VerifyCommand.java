package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.workflow.ReportFiles;
import io.roiassay.engine.workflow.ReportVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code assay verify REPORT [CASE]}: re-run the assessment and confirm it reproduces the saved report exactly. Without
 * CASE the case embedded in the report ({@code assess --embed-case}, {@code provenance.case}) is re-run.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Re-run a case and confirm it reproduces a saved JSON report exactly.",
        description = {
        "Re-run CASE in the report's language and confirm it reproduces REPORT exactly (engine version, rules hash, "
                + "input hash, plugins, every figure, finding and the verdict). Plugins are matched by the sha256 of "
                + "their jar, not by the folder they were loaded from. Without CASE, the case embedded in REPORT "
                + "(assess --embed-case) is re-run.",
        "Exit 0 reproduces, 1 does not, 2 bad input."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT", description = "The saved JSON report.")
    Path reportPath;

    @Parameters(index = "1", paramLabel = "CASE", arity = "0..1",
            description = "The case file it was made from (default: the case embedded in REPORT by --embed-case).")
    Path casePath;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        ReportFiles.Saved saved = ReportFiles.read(reportPath);
        Case theCase = casePath != null ? Cli.reader().read(casePath) : saved.embeddedCase(Cli.reader());
        String caseName = casePath != null ? casePath.toString() : "the case embedded in " + reportPath;
        RoiAssay assay = engine.load(true); // an audit trusts no cached or precompiled rule pack
        Cli.checkKpiRanges(assay, theCase, casePath, caseName);
        Report now = assay.engine().assess(theCase, saved.language(), saved.options());
        if (saved.hasEmbeddedCase()) {
            now = now.withEmbeddedCase(theCase);
        }
        ReportVerification v = ReportVerification.of(saved, now);
        StringBuilder out = new StringBuilder();
        if (v.byteIdentical()) {
            out.append("REPRODUCED: ").append(reportPath).append(" is byte-identical to a fresh assessment of ")
                    .append(caseName).append(" (").append(now.provenance().rulesHash()).append(", ")
                    .append(now.provenance().inputHash()).append(")\n");
        } else if (v.reproduces() && !v.relocatedPlugins().isEmpty()) {
            out.append("REPRODUCED: ").append(reportPath).append(" has the same content as a fresh assessment of ")
                    .append(caseName).append("; the same plugin jars (matched by sha256) were loaded from another place:\n");
            v.relocatedPlugins().forEach(p -> out.append("  ").append(p).append('\n'));
        } else if (v.reproduces()) {
            out.append("REPRODUCED: ").append(reportPath).append(" has the same content as a fresh assessment of ")
                    .append(caseName).append("; only its JSON layout differs from the canonical form\n");
        } else {
            out.append("NOT REPRODUCED: a fresh assessment of ").append(caseName).append(" differs from ")
                    .append(reportPath).append(":\n");
            out.append(v.changes().render("report", "now"));
        }
        ProcessGuard.printText(out);
        return v.reproduces() ? ExitCode.OK : ExitCode.FAILED;
    }
}

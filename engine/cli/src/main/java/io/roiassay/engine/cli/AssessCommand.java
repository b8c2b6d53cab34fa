package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.concurrent.BackgroundLoad;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.BuiltInFormat;
import io.roiassay.engine.report.InputHash;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code assay assess CASE}: assess one case and write its report. */
@Command(name = "assess", mixinStandardHelpOptions = true, description = "Assess one case and write its report (JSON by default).")
final class AssessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.yaml, .yml or .json).")
    Path casePath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, md, html, pdf or a format the engine was given (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", description = "Report language: en or zh-CN (default: the case's language, else en).")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws over the uncertainty ranges; 0 switches them off (default: 10000).")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default: 1); the same seed gives the same report.")
    Long seed;

    @Option(names = "--embed-case", description = "Embed the case (its canonical JSON) in the report's provenance, so"
            + " `assay verify REPORT` needs no case file. JSON reports only.")
    boolean embedCase;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        String language = Cli.language(lang);
        AssessOptions options = DrawOptions.of(draws, seed, AssessOptions.DEFAULT_DRAWS);
        format = format.toLowerCase(java.util.Locale.ROOT); // format names are lower-case; --format JSON still works
        if (embedCase && !format.equals(BuiltInFormat.json.name())) {
            throw new UsageException("--embed-case applies to JSON reports (the form verify reads), not to --format "
                    + format);
        }
        if (out == null && format.equals("pdf") && Terminal.isInteractive()) {
            // a PDF is binary: printed to a terminal it is garbage and can leave the terminal in a strange state
            throw new UsageException("--format pdf writes a binary file: give --out FILE.pdf (or redirect standard output)");
        }
        if ("-".equals(casePath.toString())) {
            throw new UsageException("assess reads one case file, not standard input ('-'); give the file's path"
                    + " (batch reads JSONL from standard input)");
        }
        OutputTarget.check(out, casePath);
        // The engine (rule pack, plugins) loads while the case is read; a refused case still ends with exit 2.
        BackgroundLoad<RoiAssay> loading = BackgroundLoad.start("roi-assay-engine-load", engine::load);
        Case theCase;
        try {
            theCase = Cli.reader().read(casePath);
        } catch (io.roiassay.engine.caseio.CaseException invalid) {
            throw Cli.everyError(loading, casePath, invalid);
        }
        BuiltInFormat builtIn = BuiltInFormat.of(format);
        if (!loading.isDone()) { // while waiting for the engine anyway: the first report writer and input hash
            if (builtIn != null) {
                builtIn.prepare();
            }
            InputHash.prepare(theCase);
        }
        RoiAssay assay = loading.get();
        ReportRenderer renderer = Cli.format(assay, format);
        Cli.checkKpiRanges(assay, theCase, casePath);
        if (out != null) {
            ProcessGuard.writing(out);
        }
        Report report = assay.engine().assess(theCase, language, options);
        if (embedCase) {
            report = report.withEmbeddedCase(theCase);
        }
        AtomicOutput.write(out, renderer.render(report), ProcessGuard.stdout());
        return ExitCode.OK;
    }
}

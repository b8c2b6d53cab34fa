package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.workflow.ScenarioResult;
import io.roiassay.engine.workflow.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code assay rules test [DIR]}: run the pack's scenarios (built-in plus DIR/tests/) against built-in plus DIR. */
@Command(name = "test", mixinStandardHelpOptions = true,
        header = "Run the scenario files of the built-in rule pack and an overlay.",
        description = {
        "Run the scenario files under rules/tests/ and DIR/tests/ against the built-in pack plus the overlay DIR.",
        "Prints each failure and a last line 'N passed, M failed'.",
        "Exit 0 all passed, 1 a scenario failed, 2 a scenario file is invalid, 3 the pack does not compile or a rule"
                + " failed on a scenario's case (past --max-rule-firings or --rule-time-limit, or broken)."})
final class RulesTestCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Overlay directory (rules and tests/).")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "The same overlay directory, as assess takes it.")
    Path rulesOption;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of third-party plugin jars (default: plugins, ignored when missing; a directory "
                    + "given here must exist).")
    Path plugins;

    @Option(names = {"-v", "--verbose"}, description = "Also list the scenarios that pass.")
    boolean verbose;

    @Mixin
    RuleLimitOptions ruleLimits;

    @Override
    public Integer call() throws Exception {
        Path dir = EngineOptions.overlay(this.dir, rulesOption);
        RoiAssay assay = RoiAssay.builder().rulesOverlay(dir).pluginsDir(EngineOptions.pluginsDir(plugins)).ruleLimits(ruleLimits.limits()).build();
        ScenarioSuite suite = ScenarioSuite.load(assay.engine().rules().files(), assay.reader());
        List<ScenarioResult> results = suite.run(assay.engine());
        StringBuilder out = new StringBuilder();
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                out.append(ScenarioSuite.describe(r));
            } else if (verbose) {
                out.append("ok   ").append(r.scenario().file()).append(':').append(r.scenario().line()).append(": ")
                        .append(r.scenario().name()).append('\n');
            }
        }
        if (!suite.errors().isEmpty()) {
            out.append("invalid scenario files:\n");
            suite.errors().forEach(e -> out.append("  ").append(e).append('\n'));
        }
        if (suite.fileCount() == 0) {
            out.append("no scenario files (put them under tests/ in the rule pack or the overlay directory)\n");
        }
        out.append(ScenarioSuite.summary(results)).append('\n');
        ProcessGuard.printText(out);
        if (!suite.errors().isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        // the pack failing on a scenario's case (a rule past a limit, or broken) is the pack's defect, as assess says it
        if (results.stream().anyMatch(ScenarioResult::packFailed)) {
            return ExitCode.BAD_PACK;
        }
        return results.stream().allMatch(ScenarioResult::passed) ? ExitCode.OK : ExitCode.FAILED;
    }
}

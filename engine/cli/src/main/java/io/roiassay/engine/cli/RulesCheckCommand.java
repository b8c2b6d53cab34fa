package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.rules.RuleProblem;
import io.roiassay.engine.workflow.RulesCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code assay rules check [DIR]}: compile the built-in pack plus an overlay and list every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Compile the built-in rule pack plus an overlay and list every problem with file and line.",
        description = {
        "Compile the built-in rule pack plus the overlay DIR (if given) and print every problem as "
                + "file:line:column: error|warning: message. Warnings name rules that never fire or fire out of "
                + "the pipeline's order.",
        "Exit 2 when DIR is not a directory, 3 when any error, else 0."})
final class RulesCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Overlay directory of rule files.")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "The same overlay directory, as assess takes it.")
    Path rulesOption;

    @Override
    public Integer call() throws Exception {
        Path dir = EngineOptions.overlay(this.dir, rulesOption);
        RulesCheck check = RulesCheck.of(RoiAssay.ruleFiles(dir), () -> RoiAssay.builder().rulesOverlay(dir).build());
        StringBuilder out = new StringBuilder();
        for (RuleProblem p : check.problems()) {
            out.append(p).append('\n');
        }
        out.append(check.summary()).append('\n');
        ProcessGuard.printText(out);
        return check.hasErrors() ? ExitCode.BAD_PACK : ExitCode.OK;
    }
}

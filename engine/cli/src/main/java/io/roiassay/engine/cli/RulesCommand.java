package io.roiassay.engine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code assay rules}: the consultant's commands for a rule pack ({@code check}, {@code test}). */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check a rule pack, or run its scenarios.",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}

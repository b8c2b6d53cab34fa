package io.roiassay.engine.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Help on every command, nested help, suggestions for mistyped commands and options, full summaries. */
class CliHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"assess", "batch", "plugins", "rules", "rules check", "rules test", "verify", "diff"})
    void helpAndShortHelp_onEveryCommand_printUsageExit0(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            String[] args = (command + " " + flag).split(" ");
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(command + " " + flag + ": " + run.err()).isZero();
            assertThat(run.out()).contains("Usage: assay " + command + " ");
        }
    }

    @Test
    void helpCommand_nested_showsSubcommandUsage() {
        CliRun run = CliRun.of("help", "rules", "check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: assay rules check [-hV] [--rules=DIR] [DIR]");
    }

    @Test
    void mistypedCommand_suggestsTheRightOne() {
        CliRun run = CliRun.of("asess", "case.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean").contains("assess");
    }

    @Test
    void mistypedOption_suggestsTheRightOne() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--formt", "md");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Possible solutions: --format");
    }

    @Test
    void optionWithSwappedLetters_suggestsTheRightOne_wherePicocliHasNone() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--fromat", "md");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: --format?");
        assertThat(CliRun.of("assess", Fixtures.ACME.toString(), "--zzzzzz").err()).doesNotContain("Did you mean");
    }

    @Test
    void topLevelHelp_summariesAreWholeSentences() {
        String out = CliRun.of("--help").out().replaceAll("\\s+", " ");
        assertThat(out).contains("Re-run a case and confirm it reproduces a saved JSON report exactly.")
                .contains("Compare two JSON reports: moved figures, added or removed findings, grade and provenance.");
        assertThat(CliRun.of("rules", "--help").out().replaceAll("\\s+", " "))
                .contains("Compile the built-in rule pack plus an overlay and list every problem with file and line.")
                .contains("Run the scenario files of the built-in rule pack and an overlay.");
    }

    @Test
    void everyLazyCommand_isRegisteredUnderItsAnnotatedName() {
        Cli.COMMANDS.forEach(name ->
                assertThat(Cli.command(name).getClass().getAnnotation(picocli.CommandLine.Command.class).name())
                        .as("the command made for %s", name).isEqualTo(name));
        assertThat(Cli.command("help")).as("help is added last, with the whole tree").isNull();
        assertThat(Cli.command("serve")).as("an extension's command").isNull();
    }

    @Test
    void commandNamedFirst_isTheOnlyOneBuilt_otherwiseTheWholeTree() {
        picocli.CommandLine one = new picocli.CommandLine(new Cli());
        Cli.addCommands(one, "rules");
        assertThat(one.getSubcommands().keySet()).containsExactly("rules");
        assertThat(one.getSubcommands().get("rules").getSubcommands().keySet()).containsExactly("check", "test");

        picocli.CommandLine all = new picocli.CommandLine(new Cli());
        Cli.addCommands(all, "--help");
        assertThat(all.getSubcommands().keySet())
                .startsWith("assess", "batch", "plugins", "rules", "verify", "diff", "help");
    }

    /**
     * Picocli prints each element of a description on a line of its own and wraps it there: an element that is a
     * hard-wrapped piece of a sentence printed as "...every problem as" and "file:line:column: ..." on the next.
     */
    @Test
    void everyDescriptionElement_isAWholeParagraph() {
        picocli.CommandLine all = new picocli.CommandLine(new Cli());
        Cli.addCommands(all, "--help");
        java.util.List<picocli.CommandLine> commands = new java.util.ArrayList<>(java.util.List.of(all));
        for (int i = 0; i < commands.size(); i++) {
            commands.addAll(commands.get(i).getSubcommands().values());
            for (String paragraph : commands.get(i).getCommandSpec().usageMessage().description()) {
                assertThat(paragraph).as(commands.get(i).getCommandSpec().qualifiedName()).matches("(?s)[A-Z].*[.:)]");
            }
        }
        assertThat(commands).hasSizeGreaterThan(8);
        String help = CliRun.of("rules", "check", "--help").out();
        assertThat(help).doesNotContainPattern("(?m)problem as$").doesNotContainPattern("(?m)fire or fire out of$");
        assertThat(help.replaceAll("\\s+", " ")).contains("every problem as file:line:column: error|warning: message.");
    }

    @Test
    void topLevelHelp_listsEveryCommand() {
        String out = CliRun.of("--help").out();
        for (String name : new String[] {"assess", "batch", "plugins", "rules", "verify", "diff", "help"}) {
            assertThat(out).containsPattern("(?m)^  " + name + " ");
        }
    }
}

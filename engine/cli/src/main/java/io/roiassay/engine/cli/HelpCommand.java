package io.roiassay.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** {@code assay help [COMMAND [SUBCOMMAND…]]}: the usage help of any command, nested ones included. */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        header = "Show the usage help of a command, e.g. 'assay help rules check'.",
        description = "Show the usage help of a command, e.g. 'assay help rules check'.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command (and subcommands) to show help for.")
    List<String> commands = List.of();

    private CommandLine self;
    private PrintWriter out;
    private PrintWriter err;
    private CommandLine.Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
        this.err = errWriter;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : commands) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.ParameterException(self, "unknown command '" + Messages.clean(name) + "' for "
                        + target.getCommandSpec().qualifiedName() + "; its commands are: "
                        + String.join(", ", target.getSubcommands().keySet()));
            }
            target = sub;
        }
        target.usage(out, colors);
        out.flush();
    }
}

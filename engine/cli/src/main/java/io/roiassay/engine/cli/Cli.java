package io.roiassay.engine.cli;

import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.plugins.PluginLoadException;
import io.roiassay.engine.report.PdfUnavailableException;
import io.roiassay.engine.report.ReportRenderException;
import io.roiassay.engine.report.ReportRenderer;
import io.roiassay.engine.rules.RuleExecutionException;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.workflow.ReportFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The {@code assay} entry point: parses the command line, runs a command, maps failures to exit codes. */
@Command(name = "assay", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "ROI Assay: judges whether a CRM investment pays off.")
public final class Cli {

    /**
     * The built-in commands, in the order the usage help lists them ({@code help} last, added by
     * {@link #addCommands}). Picocli reads every command's annotations when it is added — about a tenth of a cold
     * {@code assess} for the whole tree — so a command line that starts with one of these names gets that command
     * alone; anything else (no command, an option, {@code help}, a typo) gets the whole tree, with its suggestions
     * and listings. An extension's command ({@code serve}) named first is likewise added alone.
     */
    static final List<String> COMMANDS = List.of("assess", "batch", "plugins", "rules", "verify", "diff");

    /**
     * A new instance of the built-in command of that name, or null. A switch, not a map of constructor references:
     * each reference is bootstrapped through invokedynamic on first use, about 7 ms of a cold start for the six.
     */
    static Object command(String name) {
        return switch (name) {
            case "assess" -> new AssessCommand();
            case "batch" -> new BatchCommand();
            case "plugins" -> new PluginsCommand();
            case "rules" -> new RulesCommand();
            case "verify" -> new VerifyCommand();
            case "diff" -> new DiffCommand();
            default -> null;
        };
    }

    /** The shared case reader, made on first use (a cold {@code assess} makes it once the engine is loading). */
    private static final class SharedReader {
        static final CaseReader INSTANCE = new CaseReader();
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        processDefaults();
        ProcessGuard.install();
        EarlyEngine.startFor(args);
        ProcessGuard.exit(run(args));
    }

    private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

    /**
     * The system properties {@code main} sets before anything else, also for the build's training runs (their
     * class-data-sharing archives must hold the classes a real start loads). Guice would generate a class per
     * {@code @Provides} method with its own copy of ASM, run interpreted on a cold start's critical path (about 30
     * classes); reflection costs nothing here, as each provider runs once per process. An explicit
     * {@code -Dguice_bytecode_gen_option} wins.
     */
    public static void processDefaults() {
        if (System.getProperty(GUICE_BYTECODE) == null) {
            System.setProperty(GUICE_BYTECODE, "DISABLED");
        }
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Cli());
        addCommands(cl, args.length > 0 ? args[0] : null);
        WholeNumbers.register(cl);
        // After the commands are added: picocli hands the writer to the subcommands present when it is set, so a
        // command's --help goes to standard output like the top level's.
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(ProcessGuard.stdout(), java.nio.charset.StandardCharsets.UTF_8), true));
        shareVersion(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Cli::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("assay: " + Messages.clean(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                String option = nearestOption(ex);
                if (option != null) {
                    err.println("Did you mean: " + option + "?");
                }
            }
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT;
        });
        try {
            return outputDelivered(cl.execute(args), cl.getErr());
        } catch (OutOfMemoryError e) {
            return outOfMemory(cl.getErr());
        }
    }

    /**
     * A command that succeeded but whose standard output failed (closed, or a full disk: {@code > /dev/full})
     * did not deliver its result: exit 1, not 0. A {@link java.io.PrintStream} keeps such errors to itself.
     */
    static int outputDelivered(int code, PrintWriter err) {
        java.io.PrintStream out = ProcessGuard.stdout();
        out.flush();
        if (code == ExitCode.OK && out.checkError()) {
            err.println("assay: cannot write the result to standard output (closed, or its disk is full)");
            err.flush();
            return ExitCode.UNEXPECTED;
        }
        return code;
    }

    /** The command's option closest to a mistyped one ({@code --fromat} → {@code --format}), or null. */
    static String nearestOption(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
            return null;
        }
        for (String arg : u.getUnmatched()) {
            if (arg.startsWith("-")) {
                java.util.List<String> names = new java.util.ArrayList<>();
                ex.getCommandLine().getCommandSpec().options().forEach(o -> names.addAll(java.util.List.of(o.names())));
                return io.roiassay.engine.errors.Suggestions.nearest(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg, names);
            }
        }
        return null;
    }

    /** Adds the command {@code first} names when it is a built-in one, else every command (see {@link #COMMANDS}). */
    static void addCommands(CommandLine cl, String first) {
        Object only = first == null ? null : command(first);
        if (only != null) {
            cl.addSubcommand(first, only);
            return;
        }
        List<Object> extensions = new ArrayList<>();
        for (CommandExtension extra : ServiceLoader.load(CommandExtension.class, Cli.class.getClassLoader())) {
            Object command = extra.command();
            Command named = command.getClass().getAnnotation(Command.class);
            if (named != null && named.name().equals(first)) {
                cl.addSubcommand(command);
                return;
            }
            extensions.add(command);
        }
        for (String name : COMMANDS) {
            cl.addSubcommand(name, command(name));
        }
        cl.addSubcommand("help", new HelpCommand());
        extensions.forEach(cl::addSubcommand);
    }

    /** Every subcommand's {@code --version} prints the tool's version (picocli gives a subcommand none of its own). */
    private static void shareVersion(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null && sub.getCommandSpec().version().length == 0) {
                sub.getCommandSpec().versionProvider(new Version());
            }
            shareVersion(sub);
        }
    }

    /** Out of memory: one line with what to do, no stack trace. */
    static int outOfMemory(PrintWriter err) {
        err.println("assay: out of memory (the case, the batch line or a plugin needs more than this JVM's heap;"
                + " raise it with JAVA_OPTS=-Xmx…)");
        err.flush();
        return ExitCode.UNEXPECTED;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = new PrintWriter(new CleanWriter(cl.getErr()), true);
        try {
            return describe(e, err);
        } finally {
            err.flush();
        }
    }

    private static int describe(Exception e, PrintWriter err) {
        if (e instanceof CaseException ce) {
            err.println("assay: the case has " + ce.errors().size() + (ce.errors().size() == 1 ? " error:" : " errors:"));
            ce.errors().forEach(x -> err.println("  " + x));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof ReportFileException) {
            err.println("assay: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof UsageException) {
            err.println("assay: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof RulePackException rp) {
            err.println("assay: the rule pack cannot be loaded:");
            rp.problems().forEach(p -> err.println("  " + p));
            return ExitCode.BAD_PACK;
        }
        // The machine refused the result (standard output, --out) or has no PDF writer (font, module): neither the
        // case (2) nor the rule pack or a plugin (3), so exit 1, the spec's "anything unexpected", saying what to do.
        if (e instanceof OutputFailedException || e instanceof PdfUnavailableException) {
            err.println("assay: " + e.getMessage());
            return ExitCode.UNEXPECTED;
        }
        if (e instanceof PluginLoadException || e instanceof RuleExecutionException || e instanceof ReportRenderException) {
            err.println("assay: " + e.getMessage());
            return ExitCode.BAD_PACK;
        }
        err.println("assay: unexpected error: " + e);
        if (System.getenv("ASSAY_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set ASSAY_DEBUG=1 for the stack trace)");
        }
        return ExitCode.UNEXPECTED;
    }

    /** The engine's report format of that name; an unknown name is a usage error (exit 2) listing the formats. */
    static ReportRenderer format(RoiAssay assay, String name) throws UsageException {
        try {
            return assay.formats().require(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    /** The shared case reader. */
    static CaseReader reader() {
        return SharedReader.INSTANCE;
    }

    /**
     * Checks the case's KPI values against the loaded plugins' ranges (the case was read before the plugins
     * were loaded). When one is out of range, the file is read again by the engine's reader, so the errors
     * name their lines as every other case error does.
     */
    static void checkKpiRanges(RoiAssay assay, Case theCase, Path file) throws CaseException {
        checkKpiRanges(assay, theCase, file, null);
    }

    /**
     * As {@link #checkKpiRanges(RoiAssay, Case, Path)}; with no file (a case embedded in a report) the
     * errors name {@code name} and carry no line.
     */
    static void checkKpiRanges(RoiAssay assay, Case theCase, Path file, String name) throws CaseException {
        if (file == null) {
            assay.reader().ranges().check(theCase, name);
            return;
        }
        try {
            assay.reader().ranges().check(theCase, file.toString());
        } catch (CaseException outOfRange) {
            assay.reader().read(file);
            throw outOfRange;
        }
    }

    /**
     * The errors of an invalid case with its KPI values checked against the plugins' ranges too: the case is read
     * before the plugins load, so an impossible KPI would otherwise only be reported once the other errors were
     * fixed. Read again by the engine's reader once it has loaded; {@code first} if the engine cannot load.
     */
    static io.roiassay.engine.caseio.CaseException everyError(
            io.roiassay.engine.concurrent.BackgroundLoad<RoiAssay> loading, Path file,
            io.roiassay.engine.caseio.CaseException first) {
        try {
            loading.get().reader().read(file);
        } catch (io.roiassay.engine.caseio.CaseException all) {
            return all.errors().size() > first.errors().size() ? all : first;
        } catch (Exception engineDidNotLoad) {
            return first;
        }
        return first;
    }

    /** Checks a {@code --lang} value; null passes through (the case's own language). */
    static String language(String lang) throws UsageException {
        if (lang == null || lang.equals("en") || lang.equals("zh-CN")) {
            return lang;
        }
        throw new UsageException("--lang must be en or zh-CN, not '" + lang + "'");
    }

    /** The engine version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"assay " + io.roiassay.engine.version.EngineInfo.version()};
        }
    }
}

package io.roiassay.app;

import io.roiassay.engine.cli.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's training run for the single commands' class-data-sharing archive ({@code roi-assay.jsa}): runs,
 * in one process and through the real command line, what users run most — {@code assess} to JSON (the default
 * format, with the default draws), to Markdown and to HTML, and {@code batch} with both outputs — so the archive
 * holds the classes of each. A Markdown-only training left, among others, the JSON report writer to be loaded
 * from the jar on every default {@code assess}. PDF is left out: its renderer and fonts would about double the
 * archive for a format a single run seldom asks for.
 *
 * <p>Not a command: {@code java -cp roi-assay.jar io.roiassay.app.CommandTraining CASE CASES.jsonl OUT-DIR
 * [ENGINE-OPTION …]}. Exits 0 when every command did, 1 otherwise (the build then fails rather than ship an
 * archive that missed one).
 */
public final class CommandTraining {

    private CommandTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CommandTraining CASE CASES.jsonl OUT-DIR [ENGINE-OPTION ...]");
            System.exit(2);
        }
        Cli.processDefaults(); // as a real start does
        String theCase = args[0];
        String cases = args[1];
        Path out = Files.createDirectories(Path.of(args[2]));
        List<String> engine = List.of(args).subList(3, args.length);
        pluginsDir(engine);
        boolean ok = run(engine, "assess", theCase, "--out", out.resolve("training-report.json").toString())
                && run(engine, "assess", theCase, "--format", "md", "--out", out.resolve("training-report.md").toString())
                && run(engine, "assess", theCase, "--format", "html", "--out", out.resolve("training-report.html").toString())
                && run(engine, "batch", cases, "--output", "both", "--out", out.resolve("training-reports.jsonl").toString(),
                        "--summary", out.resolve("training-summary.csv").toString());
        System.err.println(ok ? "trained the commands' archive" : "a training command failed");
        System.exit(ok ? 0 : 1);
    }

    /** Runs one command line with the engine options added; true when it ended with exit code 0. */
    private static boolean run(List<String> engine, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(engine);
        int code = Cli.run(args.toArray(String[]::new));
        if (code != 0) {
            System.err.println("training: `assay " + String.join(" ", args) + "` ended with exit code " + code);
        }
        return code == 0;
    }

    /**
     * Makes the folder a training run names with {@code --plugins} (an empty one, so that no plugin lying about is
     * trained into the archive): a folder named with {@code --plugins} must exist.
     */
    static void pluginsDir(List<String> options) throws IOException {
        int i = options.indexOf("--plugins");
        if (i >= 0 && i + 1 < options.size()) {
            Files.createDirectories(Path.of(options.get(i + 1)));
        }
    }
}

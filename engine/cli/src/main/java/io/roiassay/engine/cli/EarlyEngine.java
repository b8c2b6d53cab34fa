package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.concurrent.BackgroundLoad;

import java.util.Set;

/**
 * Starts loading the engine with the default options before the command line is parsed, when the command line
 * cannot ask for other ones: a cold {@code assay assess} spends its first ~0.2 s in picocli, and the engine's
 * load — the longest chain of a cold start — need not wait for it. {@link EngineOptions#load()} takes the
 * early engine only when the parsed options are exactly the defaults it was started with; otherwise (or when
 * the command never loads an engine) it is left unused. Used by {@code main} only: tests and embedders parse first.
 */
final class EarlyEngine {

    /** The commands whose engine is worth starting early: those that load one with {@link EngineOptions}. */
    private static final Set<String> COMMANDS = Set.of("assess", "batch", "serve");

    private static BackgroundLoad<RoiAssay> early;

    private EarlyEngine() {
    }

    /** Starts the default engine's load when {@link #applies} to these arguments. */
    static synchronized void startFor(String[] args) {
        if (early == null && applies(args)) {
            early = BackgroundLoad.start("roi-assay-engine-load", () -> EngineOptions.defaults().build(false));
        }
    }

    /**
     * Whether the arguments run a command that loads the engine and say nothing that could change its options
     * or skip the command: no engine option ({@code --rules}, {@code --plugins}, {@code --plugin-timeout},
     * {@code --max-rule-firings}, {@code --rule-time-limit}, in any spelling), no help or version, no
     * {@code @file} of further arguments.
     */
    static boolean applies(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return true; // the rest are positional
            }
            if (a.startsWith("--rules") || a.startsWith("--plugin") || a.startsWith("--max-rule")
                    || a.startsWith("--rule-") || a.equals("-h") || a.equals("--help") || a.equals("-V")
                    || a.equals("--version") || a.startsWith("@") || (a.startsWith("-") && !a.startsWith("--") && a.length() > 2)) {
                return false;
            }
        }
        return true;
    }

    /** The engine started early, handed out once; null when none was started or it was taken. */
    static synchronized BackgroundLoad<RoiAssay> take() {
        BackgroundLoad<RoiAssay> taken = early;
        early = null;
        return taken;
    }
}

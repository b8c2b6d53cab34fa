package io.roiassay.engine.plugins;

import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.Indicator;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.support.Contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one plugin on one case and checks what it returns. Plugins from the plugins directory run on a
 * worker thread under a time limit; the tool's own plugins run on the calling thread (they are tested
 * with the engine, and a thread hop per case would cost batch throughput). Any exception, time-out or
 * invalid value becomes a {@link PluginOutput} with an issue; nothing a plugin does escapes as a crash.
 */
public final class PluginRunner implements AutoCloseable {

    private final Duration timeLimit;
    private final ExecutorService workers;
    private final ConcurrentHashMap<String, AtomicInteger> abandonedCalls = new ConcurrentHashMap<>();

    public PluginRunner(Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "roi-assay-plugin");
            t.setDaemon(true);
            return t;
        });
    }

    /** The inputs a plugin requires that the case lacks, as {@code kpis.<id>.before.<name>} paths. */
    public static List<String> missingRequired(LoadedPlugin plugin, KpiSet kpis) {
        List<String> missing = new ArrayList<>();
        for (KpiInput input : plugin.descriptor().inputs()) {
            if (!input.required()) {
                continue;
            }
            if (!kpis.before().containsKey(input.name())) {
                missing.add("kpis." + plugin.id() + ".before." + input.name());
            }
            if (!kpis.after().containsKey(input.name())) {
                missing.add("kpis." + plugin.id() + ".after." + input.name());
            }
        }
        return missing;
    }

    /** Runs the plugin: required inputs checked first, then compute and indicators, then validation. */
    public PluginOutput run(LoadedPlugin plugin, KpiSet kpis, MetricContext context) {
        List<String> missing = missingRequired(plugin, kpis);
        if (!missing.isEmpty()) {
            return PluginOutput.failed(plugin, "missing-input", "required inputs missing: " + String.join(", ", missing), missing);
        }
        boolean isolated = plugin.isolated();
        if (isolated && abandoned(plugin).get() >= MAX_ABANDONED) {
            return PluginOutput.failed(plugin, "timeout", MAX_ABANDONED + " earlier calls ran past the time limit and"
                    + " have not returned; it is not called again until one does", List.of());
        }
        MetricContext declaredOnly = DeclaredKpis.view(plugin.descriptor(), context);
        Contract.Checked answer;
        String currency = context.currency();
        try {
            // Copied and checked on the plugin's own thread, under its time limit: a list or number that
            // blocks or lies when read cannot stall or fool the engine.
            answer = call(isolated, plugin, () -> Contract.answer(plugin.descriptor(), plugin.plugin().compute(declaredOnly),
                    plugin.plugin().indicators(declaredOnly), currency));
        } catch (TimeoutException e) {
            return PluginOutput.failed(plugin, "timeout", "no answer within " + timeLimit.toMillis() + " ms", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PluginOutput.failed(plugin, "timeout", "interrupted while waiting for the plugin", List.of());
        } catch (Threw e) {
            return PluginOutput.failed(plugin, "threw", e.getMessage(), List.of());
        } catch (ExecutionException e) {
            // Only a Threw leaves the worker; anything else is the engine's own failure around it.
            return PluginOutput.failed(plugin, "threw", e.getCause() instanceof Threw t ? t.getMessage()
                    : "the plugin's thread failed (" + e.getCause().getClass().getName() + ")", List.of());
        } catch (Throwable e) {
            // The engine's side: no thread for the plugin (say too many stuck ones left the JVM none to give).
            return PluginOutput.failed(plugin, "threw", "the plugin could not be run (" + e.getClass().getName() + ")", List.of());
        }
        if (answer.problem() != null) {
            return PluginOutput.failed(plugin, "invalid", answer.problem(), List.of());
        }
        // Engine code on copied values: the sign of each line against its declared inputs' moves.
        String sign = io.roiassay.plugin.support.SignCheck.problem(plugin.descriptor(), declaredOnly, answer.benefits());
        if (sign != null) {
            return PluginOutput.failed(plugin, "invalid", sign, List.of());
        }
        return new PluginOutput(plugin, answer.benefits(), answer.indicators(), null);
    }

    private <T> T call(boolean isolated, LoadedPlugin plugin, Callable<T> work) throws Exception {
        if (!isolated) {
            try {
                return work.call();
            } catch (Throwable e) {
                throw new Threw(describe(e));
            }
        }
        // The worker's context class loader would otherwise be the engine's, a way around the API-only wall.
        ClassLoader own = plugin.plugin().getClass().getClassLoader();
        // What threw, set on the worker before its message is read: that read is plugin code too, and may block.
        AtomicReference<String> thrown = new AtomicReference<>();
        // RUNNING, then DONE when the worker returns or ABANDONED when the caller stops waiting, whichever is first.
        AtomicInteger state = new AtomicInteger(RUNNING);
        AtomicInteger abandoned = abandoned(plugin);
        Future<T> f = workers.submit(() -> {
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(own);
            try {
                return work.call();
            } catch (Throwable e) {
                thrown.set(className(e)); // className and describe never throw: only a Threw leaves
                throw new Threw(describe(e));
            } finally {
                t.setContextClassLoader(previous);
                if (!state.compareAndSet(RUNNING, DONE)) {
                    abandoned.decrementAndGet(); // an abandoned call has returned at last
                }
            }
        });
        try {
            return f.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String what = thrown.get(); // before the cancel: its interrupt would make a sleeping plugin throw
            f.cancel(true);
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned.incrementAndGet();
            }
            if (what != null) {
                throw new Threw(what + " (its message could not be read within " + timeLimit.toMillis() + " ms)");
            }
            throw e;
        }
    }

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;

    /**
     * How many calls of one plugin may run on past the time limit (a plugin that ignores being interrupted keeps
     * its thread): beyond that it is not called, so a batch or a server cannot pile up a thread per case.
     */
    static final int MAX_ABANDONED = 8;

    /** Calls of the plugin that ran past the time limit and have not returned, by plugin id. */
    private AtomicInteger abandoned(LoadedPlugin plugin) {
        return abandonedCalls.computeIfAbsent(plugin.id(), id -> new AtomicInteger());
    }

    /** How many calls of the plugin with this id ran past the time limit and have not returned (tests). */
    int abandonedCalls(String pluginId) {
        AtomicInteger n = abandonedCalls.get(pluginId);
        return n == null ? 0 : n.get();
    }

    /** Longest exception message a finding repeats: a plugin's text must not swell every report. */
    static final int MAX_MESSAGE = 500;

    /**
     * A plugin's exception as a finding tells it: its class and message. Runs where the plugin runs (the message
     * is the plugin's code); a message that cannot be read, or a memory error, is said as such. Never throws:
     * whatever it reads of the exception is in a try, so only the engine's own {@link Threw} leaves a worker.
     */
    static String describe(Throwable e) {
        try {
            return describeOrFail(e);
        } catch (Throwable unreadable) {
            return "an exception that cannot be described";
        }
    }

    private static String describeOrFail(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory";
        }
        if (e instanceof ExceptionInInitializerError && e.getCause() != null && e.getCause() != e) {
            // A static field's initialiser threw (a descriptor built in a static field, as the reference plugins do):
            // what it threw is the reason, not the error wrapping it.
            return "a static initialiser failed: " + describeOrFail(e.getCause());
        }
        String name = className(e);
        String message;
        try {
            message = e.getMessage();
        } catch (Throwable unreadable) {
            return name + " (its message could not be read: it threw " + className(unreadable) + ")";
        }
        String hint = e instanceof NoClassDefFoundError
                ? " (a library the plugin uses is missing: bundle it in the plugin's jar, or put its jar beside the "
                + "plugin's in a folder plugins/<name>/)" : "";
        if (message == null) {
            return name + hint;
        }
        return name + ": " + (message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message) + hint;
    }

    /**
     * An exception's class as a reader knows it: the simple name, or the full one for an anonymous class (or when
     * the simple name cannot be had: it asks the class's loader, which may be the plugin's own).
     */
    private static String className(Throwable e) {
        try {
            String simple = e.getClass().getSimpleName();
            return simple.isEmpty() ? e.getClass().getName() : simple;
        } catch (Throwable unresolved) {
            return e.getClass().getName();
        }
    }

    /** A plugin's failure, already described on the plugin's own thread. */
    private static final class Threw extends Exception {
        Threw(String text) {
            super(text, null, false, false);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

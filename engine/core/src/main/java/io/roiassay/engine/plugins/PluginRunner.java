package io.roiassay.engine.plugins;

import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.Indicator;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one plugin on one case and checks what it returns. Plugins from the plugins directory run on a
 * worker thread under a time limit; the tool's own plugins run on the calling thread (they are tested
 * with the engine, and a thread hop per case would cost batch throughput). Any exception, time-out or
 * invalid value becomes a {@link PluginOutput} with an issue; nothing a plugin does escapes as a crash.
 */
public final class PluginRunner implements AutoCloseable {

    /** Amounts beyond this (in any currency) are treated as nonsense, like NaN or infinity would be. */
    private static final BigDecimal ABSURD = new BigDecimal("1e15");

    private final Duration timeLimit;
    private final ExecutorService workers;

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
        boolean isolated = !"class-path".equals(plugin.origin());
        Answer answer;
        try {
            answer = call(isolated, plugin, () -> new Answer(plugin.plugin().compute(context),
                    plugin.plugin().indicators(context)));
        } catch (TimeoutException e) {
            return PluginOutput.failed(plugin, "timeout", "no answer within " + timeLimit.toMillis() + " ms", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PluginOutput.failed(plugin, "timeout", "interrupted while waiting for the plugin", List.of());
        } catch (Throwable e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return PluginOutput.failed(plugin, "threw", cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), List.of());
        }
        List<Benefit> benefits = answer.benefits();
        List<Indicator> indicators = answer.indicators();
        String invalid = invalid(plugin, benefits, indicators, context.currency());
        if (invalid != null) {
            return PluginOutput.failed(plugin, "invalid", invalid, List.of());
        }
        return new PluginOutput(plugin, benefits, indicators, null);
    }

    /** Both answers of one call: the time limit covers compute and indicators together. */
    private record Answer(List<Benefit> benefits, List<Indicator> indicators) {
    }

    private <T> T call(boolean isolated, LoadedPlugin plugin, Callable<T> work) throws Exception {
        if (!isolated) {
            return work.call();
        }
        // The worker's context class loader would otherwise be the engine's, a way around the API-only wall.
        ClassLoader own = plugin.plugin().getClass().getClassLoader();
        Future<T> f = workers.submit(() -> {
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(own);
            try {
                return work.call();
            } finally {
                t.setContextClassLoader(previous);
            }
        });
        try {
            return f.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        }
    }

    /** Why the plugin's answer cannot be used, or null when it can. */
    static String invalid(LoadedPlugin plugin, List<Benefit> benefits, List<Indicator> indicators, String currency) {
        if (benefits == null) {
            return "compute returned null instead of a list";
        }
        if (indicators == null) {
            return "indicators returned null instead of a list";
        }
        Set<String> ids = new HashSet<>();
        for (Benefit b : benefits) {
            if (b == null) {
                return "compute returned a null benefit line";
            }
            BenefitDefinition def = plugin.descriptor().benefit(b.id()).orElse(null);
            if (def == null) {
                return "line '" + b.id() + "' was not declared in the descriptor";
            }
            if (def.kind() != b.kind()) {
                return "line '" + b.id() + "' is " + b.kind().id() + " but was declared " + def.kind().id();
            }
            if (!currency.equals(b.currency())) {
                return "line '" + b.id() + "' is in " + b.currency() + ", not the case's currency " + currency;
            }
            if (b.annual().abs().compareTo(ABSURD) > 0) {
                return "line '" + b.id() + "' has an absurd amount " + b.annual().toEngineeringString()
                        + " (beyond " + ABSURD.toEngineeringString() + ")";
            }
            if (!ids.add(b.id())) {
                return "line '" + b.id() + "' was returned twice";
            }
            if (b.inputs().containsKey(null) || b.inputs().containsValue(null)) {
                return "line '" + b.id() + "' has a null name or value in its inputs";
            }
        }
        for (Indicator i : indicators) {
            if (i == null) {
                return "indicators returned a null entry";
            }
            if (plugin.descriptor().indicators().stream().noneMatch(d -> d.id().equals(i.id()))) {
                return "indicator '" + i.id() + "' was not declared in the descriptor";
            }
        }
        return null;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

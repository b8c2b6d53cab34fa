package io.roiassay.engine.workflow;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.rules.ProfileConditions;
import io.roiassay.engine.rules.RuleExecutionException;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RuleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code assess} would fail on in a pack's profile rules, found by {@code rules check} before any case meets
 * it: a cell that is not a number ({@code 0,28}), a share typed as a percentage, a word a key does not take, an
 * assumption a replaced table leaves unset. Such a value fails only the cases whose profile reaches its row, so
 * a small case is assessed for every industry the classify rules set, at each size and deployment, and in each
 * currency a table names; each distinct failure is an error at the table row or rule that caused it.
 */
final class ProfileProbes {

    /** Employee counts that classify as small, mid-size and large, and none (size unknown). */
    private static final List<Integer> SIZES = java.util.Arrays.asList(20, 300, 5000, null);
    private static final List<String> DEPLOYMENTS = List.of("saas", "on-premise", "hybrid");
    private static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR");
    /** Bounds the check's time (about 5 ms a case) for an overlay with very many industries or currencies. */
    private static final int MAX_PROBES = 2000;
    /** More distinct failures than this are one mistake repeated: stop there. */
    private static final int MAX_FAILURES = 20;
    /** Probing stops after this long (a slow pack on a busy machine): a warning says which profiles were not tried. */
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private ProfileProbes() {
    }

    static List<RuleProblem> problems(RoiAssay assay, List<RuleFile> files) {
        Map<String, TreeSet<String>> classified = ProfileConditions.classified(files);
        Set<String> currencies = new TreeSet<>(CURRENCIES);
        ProfileConditions.cells(files).stream().filter(c -> c.label().equals("currency") && c.value().matches("[A-Z]{3}"))
                .forEach(c -> currencies.add(c.value()));
        Map<String, String> failures = new java.util.LinkedHashMap<>(); // the engine's message → the first case it failed
        // A text per industry the classify rules set (an alias that classifies as it), then the tables' own values.
        Set<String> industries = new java.util.LinkedHashSet<>(ProfileConditions.industryTexts(files).values());
        ProfileConditions.cells(files).stream().filter(c -> c.label().equals("industry")).forEach(c -> industries.add(c.value()));
        List<Probe> probes = new ArrayList<>();
        for (String industry : industries) {
            if (probes.size() >= MAX_PROBES) {
                failures.put("\u0001cap", "rules check assessed " + probes.size() + " cases and stopped there: the profiles of "
                        + "industries from " + industry + " on were not tried");
                break;
            }
            for (Integer employees : SIZES) {
                for (String deployment : DEPLOYMENTS) {
                    probes.add(new Probe(industry, employees, deployment, "CNY"));
                }
            }
            for (String currency : currencies) {
                probes.add(new Probe(industry, 300, "saas", currency));
            }
        }
        // The engine is thread-safe: the probes run on every core, and are merged in their own order.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "roi-assay-profile-probe");
                    t.setDaemon(true);
                    return t;
                });
        // A rule that fires itself without end (or past the time limit) fails every probe the same way, each after the
        // full firing limit: the first such failure stops the probing, as do MAX_FAILURES failures or the time budget
        // (a review's overlay rule 'update($c)' kept rules check busy for minutes, probe after probe).
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger skipped = new java.util.concurrent.atomic.AtomicInteger();
        long deadline = System.nanoTime() + BUDGET_NANOS;
        try {
            List<java.util.concurrent.Future<String[]>> results = new ArrayList<>();
            for (Probe probe : probes) {
                results.add(pool.submit(() -> {
                    if (stop.get()) {
                        return null;
                    }
                    if (System.nanoTime() - deadline > 0) {
                        skipped.incrementAndGet();
                        return null;
                    }
                    String[] failure = probe.run(assay);
                    if (failure != null && failure[2] != null) {
                        stop.set(true);
                    }
                    return failure;
                }));
            }
            boolean ranAway = false;
            for (java.util.concurrent.Future<String[]> result : results) {
                String[] failure = result.get();
                if (failure != null && failure[2] != null) {
                    if (ranAway) {
                        continue; // another probe that ran at the same time ran away too: one error says it
                    }
                    ranAway = true;
                }
                if (failure != null && failures.size() < MAX_FAILURES) {
                    failures.putIfAbsent(failure[0], failure[1]);
                    if (failures.size() >= MAX_FAILURES) {
                        stop.set(true);
                    }
                }
            }
            if (skipped.get() > 0) {
                failures.put("\u0001budget", "rules check stopped assessing profile cases after " + BUDGET_NANOS / 1_000_000_000L
                        + " s: " + skipped.get() + " of " + probes.size() + " were not tried");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a profile probe failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<RuleProblem> out = new ArrayList<>();
        for (var failure : failures.entrySet()) {
            String[] parts = failure.getValue().split("\u0000", 2); // the engine's message, the case it failed
            if (parts.length < 2) {
                out.add(new RuleProblem("rules", 0, 0, parts[0], false)); // probes stopped: a warning
                continue;
            }
            RuleProblem at = ProfileConditions.locate(files, parts[0]);
            String message = parts[1] + parts[0];
            out.add(at != null ? new RuleProblem(at.file(), at.line(), at.column(), message, true)
                    : new RuleProblem("rules", 0, 0, message, true));
        }
        return out;
    }

    /** One small case: an industry text, a size, a deployment and a currency. */
    private record Probe(String industry, Integer employees, String deployment, String currency) {

        /**
         * Null when the case assesses; else the failure's key (its message without numbers), its text, and whether it
         * is a runaway (the firing or time limit, the heap or the stack: every other case would fail so too), non-null.
         */
        String[] run(RoiAssay assay) {
            String json = "{\"format\":\"roi-assay/case-1\",\"id\":\"rules-check-probe\",\"currency\":\"" + currency + "\","
                    + "\"company\":{\"name\":\"probe\",\"industry\":\"" + industry.replaceAll("[\"\\\\\\p{Cntrl}]", "") + "\""
                    + (employees == null ? "" : ",\"employees\":" + employees) + "},"
                    + "\"deployment\":{\"model\":\"" + deployment + "\"},"
                    + "\"costs\":[{\"category\":\"subscription\",\"amount\":10000,\"recurrence\":\"annual\"}],"
                    + "\"benefits\":[{\"basis\":\"cost-saving\",\"amount\":20000,\"recurrence\":\"annual\"}]}";
            Case c;
            try {
                c = assay.reader().read(json, "probe", true);
            } catch (CaseException e) {
                return null; // a value the case format does not take (a new deployment model): no case can reach it
            }
            try {
                assay.engine().assess(c, "en", AssessOptions.NO_DRAWS);
                return null;
            } catch (RuleExecutionException e) {
                // grouped without their numbers: a runaway rule's firing count differs from case to case
                String m = e.getMessage();
                boolean runaway = m.startsWith("the rules fired ") || m.startsWith("the rules took longer than ")
                        || e.getCause() instanceof VirtualMachineError;
                return new String[] {m.replaceAll("\\d+", "#"), m + "\u0000"
                        + "assess fails for a case of industry " + industry + ", "
                        + (employees == null ? "size unknown" : employees + " employees") + ", " + deployment + ", "
                        + currency + ": ", runaway ? "runaway" : null};
            }
        }
    }
}

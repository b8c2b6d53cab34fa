package io.roiassay.engine.bench;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.InputHash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The benchmark inputs: the shipped examples (packaged as resources) and synthetic cases with many lines. */
public final class BenchCases {

    /** The example files the benchmarks use, in the same order everywhere. */
    public static final List<String> EXAMPLES = List.of("acme-retail.yaml", "seed-004-first-year-tco.yaml",
            "vendor-claim-audit.yaml", "tcm-pharma-service.yaml", "seed-001-gross-profit-525.yaml");

    private BenchCases() {
    }

    /** An engine with the built-in pack and plugins. */
    public static RoiAssay engine() {
        try {
            return RoiAssay.builder().build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the engine: " + e.getMessage(), e);
        }
    }

    /** One example case. */
    public static Case example(String name) {
        try (InputStream in = BenchCases.class.getClassLoader().getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no example " + name + " on the class path");
            }
            return new CaseReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, false);
        } catch (IOException | io.roiassay.engine.caseio.CaseException e) {
            throw new IllegalStateException("cannot read example " + name + ": " + e.getMessage(), e);
        }
    }

    /** One example as a JSONL line (its canonical JSON). */
    public static String exampleJson(String name) {
        return InputHash.canonicalJson(example(name));
    }

    /**
     * A three-year case with {@code lines} lines in all, half costs and half benefits, spread over the
     * categories and bases, as JSON.
     */
    public static String withLines(int lines) {
        String[] categories = {"subscription", "implementation", "training", "data-migration", "integration",
            "maintenance", "internal-staff", "change-management", "consulting", "customization"};
        String[] bases = {"gross-profit", "cost-saving", "cost-avoidance", "revenue"};
        List<String> costs = new ArrayList<>();
        List<String> benefits = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            if (i % 2 == 0) {
                String cat = categories[(i / 2) % categories.length];
                costs.add("{\"category\":\"" + cat + "\",\"amount\":" + (1000 + i) + ",\"recurrence\":\""
                        + (i % 4 == 0 ? "annual" : "once") + "\"}");
            } else {
                benefits.add("{\"basis\":\"" + bases[(i / 2) % bases.length] + "\",\"amount\":" + (1500 + i)
                        + ",\"recurrence\":\"annual\",\"source\":\"" + (i % 3 == 0 ? "measured" : "estimated") + "\"}");
            }
        }
        return "{\"format\":\"roi-assay/case-1\",\"id\":\"lines-" + lines + "\",\"currency\":\"USD\","
                + "\"company\":{\"industry\":\"retail\",\"employees\":250,\"grossMarginRate\":0.3},"
                + "\"deployment\":{\"model\":\"saas\",\"licensedUsers\":50,\"activeUsers\":40},"
                + "\"costs\":[" + String.join(",", costs) + "],\"benefits\":[" + String.join(",", benefits) + "],"
                + "\"kpis\":{\"sales\":{\"before\":{\"revenue\":1000000},\"after\":{\"revenue\":1100000}}}}";
    }
}

package io.roiassay.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a JSONL corpus of generated, valid cases for batch measurements: mixed industries, sizes,
 * deployments and languages, 3–7 cost lines, 1–4 benefit lines, KPIs for some plugins, a claim now and then.
 * The same count and seed always give the same bytes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.roiassay.engine.bench.BatchCorpus COUNT [SEED] > cases.jsonl}
 */
public final class BatchCorpus {

    private static final String[] INDUSTRIES = {"retail", "manufacturing", "finance", "insurance", "pharma",
        "technology", "consulting", "wholesale", "hospitality", "education", "零售", "制造业", "logistics", "other"};
    private static final String[] CURRENCIES = {"CNY", "USD", "EUR"};
    private static final String[] DEPLOYMENTS = {"saas", "on-premise", "hybrid"};
    private static final String[] COST_CATEGORIES = {"implementation", "training", "data-migration", "integration",
        "maintenance", "internal-staff", "change-management", "consulting", "customization", "infrastructure"};
    private static final String[] BASES = {"gross-profit", "cost-saving", "revenue", "time-saved", "cost-avoidance"};
    private static final String[] SOURCES = {"measured", "estimated", "vendor-benchmark"};

    private BatchCorpus() {
    }

    /** Writes {@code args[0]} cases (seed {@code args[1]}, default 1) to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BatchCorpus COUNT [SEED]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            write(count, seed, w);
        }
    }

    /** Writes {@code count} cases, one per line. */
    public static void write(long count, long seed, Writer w) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < count; i++) {
            w.write(oneCase(i, random));
            w.write('\n');
        }
    }

    /** One generated case as a line of JSON. */
    static String oneCase(long n, SplittableRandom r) {
        String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
        String deployment = DEPLOYMENTS[r.nextInt(DEPLOYMENTS.length)];
        int employees = 20 + r.nextInt(3000);
        int licensed = 10 + r.nextInt(200);
        int active = 1 + r.nextInt(licensed);
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"format\":\"roi-assay/case-1\",\"id\":\"gen-").append(n).append('"')
                .append(",\"title\":\"").append(r.nextBoolean() ? "Generated case " : "生成的案例 ").append(n).append('"')
                .append(",\"currency\":\"").append(currency).append('"')
                .append(",\"language\":\"").append(r.nextBoolean() ? "en" : "zh-CN").append('"')
                .append(",\"company\":{\"industry\":\"").append(INDUSTRIES[r.nextInt(INDUSTRIES.length)]).append('"')
                .append(",\"employees\":").append(employees)
                .append(",\"annualRevenue\":").append(employees * (50_000L + r.nextInt(400_000)));
        if (r.nextInt(3) > 0) {
            b.append(",\"grossMarginRate\":0.").append(15 + r.nextInt(50));
        }
        b.append("},\"deployment\":{\"model\":\"").append(deployment).append("\",\"licensedUsers\":").append(licensed)
                .append(",\"activeUsers\":").append(active).append('}');
        b.append(",\"horizon\":{\"years\":").append(1 + r.nextInt(5)).append('}');
        b.append(",\"costs\":[").append(String.join(",", costs(r, deployment, licensed))).append(']');
        b.append(",\"benefits\":[").append(String.join(",", benefits(r))).append(']');
        if (r.nextBoolean()) {
            int deals = 100 + r.nextInt(2000);
            int deal = 1000 + r.nextInt(20_000);
            b.append(",\"kpis\":{\"sales\":{\"before\":{\"closedDeals\":").append(deals).append(",\"averageDealSize\":")
                    .append(deal).append("},\"after\":{\"closedDeals\":").append(deals + r.nextInt(deals / 4 + 1))
                    .append(",\"averageDealSize\":").append(deal + r.nextInt(deal / 10 + 1)).append("}}}");
        }
        if (r.nextInt(3) == 0) {
            b.append(",\"attribution\":{\"crmShare\":0.").append(3 + r.nextInt(7))
                    .append(",\"concurrentInitiatives\":[\"new hires\"]}");
        }
        if (r.nextInt(4) == 0) {
            b.append(",\"claim\":{\"roiPercent\":").append(50 + r.nextInt(900)).append('}');
        }
        return b.append('}').toString();
    }

    private static List<String> costs(SplittableRandom r, String deployment, int licensed) {
        List<String> costs = new ArrayList<>();
        if ("saas".equals(deployment)) {
            costs.add("{\"category\":\"subscription\",\"amount\":" + licensed * (300 + r.nextInt(1500))
                    + ",\"recurrence\":\"annual\"}");
        } else {
            costs.add("{\"category\":\"license\",\"amount\":" + licensed * (1000 + r.nextInt(5000))
                    + ",\"recurrence\":\"once\"}");
        }
        int more = 2 + r.nextInt(5);
        int first = r.nextInt(COST_CATEGORIES.length);
        for (int i = 0; i < more; i++) {
            String category = COST_CATEGORIES[(first + i) % COST_CATEGORIES.length];
            costs.add("{\"category\":\"" + category + "\",\"amount\":" + (5_000 + r.nextInt(200_000))
                    + ",\"recurrence\":\"" + (r.nextInt(3) == 0 ? "annual" : "once") + "\"}");
        }
        return costs;
    }

    private static List<String> benefits(SplittableRandom r) {
        List<String> benefits = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String basis = BASES[r.nextInt(BASES.length)];
            String amount = "time-saved".equals(basis)
                    ? "\"hours\":" + (200 + r.nextInt(5000))
                    : "\"amount\":" + (10_000 + r.nextInt(400_000));
            benefits.add("{\"basis\":\"" + basis + "\"," + amount + ",\"recurrence\":\"annual\",\"source\":\""
                    + SOURCES[r.nextInt(SOURCES.length)] + "\"}");
        }
        return benefits;
    }
}

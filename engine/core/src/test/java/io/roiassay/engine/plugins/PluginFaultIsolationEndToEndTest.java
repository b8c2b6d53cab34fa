package io.roiassay.engine.plugins;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportBenefitLine;
import io.roiassay.engine.report.ReportFinding;
import io.roiassay.engine.report.ReportProvenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole assessment through the embedding API with misbehaving third-party plugins installed: each failure
 * becomes a {@code plugin/failed} finding, and the built-in and well-behaved plugins, the verdict and the
 * provenance still stand.
 */
class PluginFaultIsolationEndToEndTest {

    private static final List<String> FAILING = List.of("acme-absurd", "acme-null", "acme-sleeps", "acme-throws",
            "acme-undeclared", "acme-wrong-currency", "acme-wrong-sign");

    @TempDir
    static Path plugins;

    private static Report report;
    private static Path loyaltyJar;

    @BeforeAll
    static void assess() throws Exception {
        loyaltyJar = PluginJarBuilder.build("acme-loyalty", plugins);
        FAILING.forEach(name -> PluginJarBuilder.build(name, plugins));
        RoiAssay assay = RoiAssay.builder().pluginsDir(plugins).pluginTimeLimit(Duration.ofMillis(200)).build();
        report = assay.assess(assay.reader().read(caseYaml(), "loyalty-case.yaml", false));
    }

    @Test
    void assess_failingPlugins_eachGivesPluginFailedFindingWithReason() {
        List<ReportFinding> failed = report.findings().stream().filter(f -> f.code().equals("plugin/failed")).toList();

        assertThat(failed).extracting(f -> f.evidence().get("plugin") + " " + f.evidence().get("kind") + ": "
                + f.evidence().get("detail")).containsExactlyInAnyOrder(
                "acme-absurd invalid: line 'member-profit' has an absurd amount 10E+15 (beyond 1E+15)",
                "acme-null invalid: compute returned null instead of a list",
                "acme-sleeps timeout: no answer within 200 ms",
                "acme-throws threw: IllegalStateException: loyalty ledger unavailable",
                "acme-undeclared invalid: line 'bonus-profit' was not declared in the descriptor",
                "acme-wrong-currency invalid: line 'member-profit' is in EUR, not the case's currency USD",
                "acme-wrong-sign invalid: line member-savings is -5000 although every input it uses improved (members"
                        + " 100 → 120 (higher is better)): a wrong sign, not a loss");
        assertThat(failed).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.message()).contains("The metric plugin " + f.evidence().get("plugin") + " 0.9.0 failed")
                    .contains(String.valueOf(f.evidence().get("detail")));
            assertThat(f.rule().toString()).contains("plugins/failed.drl");
        });
    }

    @Test
    void assess_failingPlugins_salesLinesStillCounted() {
        assertThat(report.benefitLines()).filteredOn(l -> l.source().startsWith("plugin:sales@"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.annual()).isPositive());
        assertThat(report.benefitLines()).noneMatch(l -> l.source().startsWith("plugin:acme-")
                && !l.source().startsWith("plugin:acme-loyalty@"));
    }

    @Test
    void assess_failingPlugins_verdictStillGiven() {
        assertThat(report.verdict()).isNotNull();
        assertThat(report.verdict().grade()).isIn("strong", "positive", "marginal", "negative", "unproven");
        assertThat(report.verdict().headline()).isNotBlank();
    }

    @Test
    void assess_thirdPartyJar_inProvenanceWithJarHash() throws Exception {
        String hash = "sha256:" + PluginJarDiscoveryTest.sha256(Files.readAllBytes(loyaltyJar));

        assertThat(report.provenance().plugins()).contains(
                new ReportProvenance.Plugin("acme-loyalty", "2.3.1", loyaltyJar.toString(), hash));
        assertThat(report.provenance().plugins()).extracting(ReportProvenance.Plugin::id).containsExactly(
                "acme-absurd", "acme-loyalty", "acme-null", "acme-sleeps", "acme-throws", "acme-undeclared",
                "acme-wrong-currency", "acme-wrong-sign", "marketing", "sales", "service");
    }

    @Test
    void assess_loyaltyPlugin_lineWithSourceFormulaAndInputs() {
        ReportBenefitLine line = report.benefitLines().stream()
                .filter(l -> l.source().equals("plugin:acme-loyalty@2.3.1")).findFirst().orElseThrow();

        assertThat(line.id()).isEqualTo("repeat-purchase-profit");
        assertThat(line.basis()).isEqualTo("gross-profit");
        assertThat(line.formula()).isEqualTo("members.after × (repeatPurchaseRate.after − repeatPurchaseRate.before)"
                + " / 100 × averageOrderValue.after × grossMarginRate");
        // 5,000 members × (30 − 22) / 100 × 80 per order × 0.30 margin
        assertThat(line.annual()).isEqualByComparingTo("9600");
        assertThat(line.inputs()).containsEntry("members.after", new BigDecimal("5000"))
                .containsEntry("repeatPurchaseRate.before", new BigDecimal("22"))
                .containsEntry("repeatPurchaseRate.after", new BigDecimal("30"))
                .containsEntry("averageOrderValue.after", new BigDecimal("80"));
    }

    @Test
    void assess_sameCaseTwice_sameFindings() throws Exception {
        RoiAssay again = RoiAssay.builder().pluginsDir(plugins).pluginTimeLimit(Duration.ofMillis(200)).build();
        Report second = again.assess(again.reader().read(caseYaml(), "loyalty-case.yaml", false));

        assertThat(second.findings()).isEqualTo(report.findings());
        assertThat(second.benefitLines()).isEqualTo(report.benefitLines());
        assertThat(Map.of("grade", second.verdict().grade())).isEqualTo(Map.of("grade", report.verdict().grade()));
    }

    private static String caseYaml() {
        StringBuilder kpis = new StringBuilder("""
                kpis:
                  sales:
                    before: { closedDeals: 200, averageDealSize: 5000 }
                    after:  { closedDeals: 230, averageDealSize: 5200 }
                  acme-loyalty:
                    before: { members: 4800, repeatPurchaseRate: 22 }
                    after:  { members: 5000, repeatPurchaseRate: 30, averageOrderValue: 80 }
                """);
        for (String id : FAILING) {
            kpis.append("  ").append(id).append(":\n    before: { members: 100 }\n    after: { members: 120 }\n");
        }
        return """
                format: roi-assay/case-1
                id: loyalty-plugins
                title: Retail chain with third-party loyalty metrics
                currency: USD
                language: en
                company:
                  name: Acme Retail
                  industry: retail
                  employees: 320
                  annualRevenue: 80000000
                  grossMarginRate: 0.30
                deployment:
                  model: saas
                  licensedUsers: 60
                  activeUsers: 50
                horizon:
                  years: 3
                  discountRate: 0.10
                costs:
                  - id: subscription
                    category: subscription
                    amount: 60000
                    recurrence: annual
                    startYear: 1
                    endYear: 3
                  - category: implementation
                    amount: 40000
                    recurrence: once
                    startYear: 1
                """ + kpis;
    }
}

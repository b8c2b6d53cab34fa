package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.facts.CaseFact;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RuleSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each distinct profile is resolved once per pack and reused; reports stay byte-identical. */
class ProfileCacheTest {

    @Test
    void builtInPack_profilePhaseReadsOnlyTheCurrency_theSizeFiguresAreReadWhenClassifying() {
        assertThat(ProfileInputs.of(RuleSources.builtIn()).names()).containsExactly("currency");
    }

    @Test
    void overlayRuleBindingTheWholeCaseFact_disablesTheCache() {
        var overlay = new RuleFile("profiles/mine.drl", "overlay", """
                rule "x" agenda-group "profile" when $c: CaseFact() then end
                """.getBytes());
        List<RuleFile> files = new ArrayList<>(RuleSources.builtIn());
        files.add(overlay);
        assertThat(ProfileInputs.of(files)).isNull();
    }

    @Test
    void overlayProfileRuleReadingAnotherField_addsItToTheKey() {
        var overlay = new RuleFile("profiles/mine.drl", "overlay", """
                rule "x" agenda-group "profile" when CaseFact(horizonYears > 5) then end
                """.getBytes());
        List<RuleFile> files = new ArrayList<>(RuleSources.builtIn());
        files.add(overlay);
        assertThat(ProfileInputs.of(files).names()).containsExactly("currency", "horizonYears");
    }

    @Test
    void reports_withAndWithoutCache_byteIdentical_includingTheReplayedTrace(@TempDir Path dir) throws Exception {
        var cached = engine(256);
        var uncached = engine(0);
        List<Case> cases = new ArrayList<>();
        for (String f : List.of("acme-retail.yaml", "seed-004-first-year-tco.yaml", "tcm-pharma-service.yaml",
                "vendor-claim-audit.yaml", "seed-000-benefit-1m-cost-500k.yaml")) {
            cases.add(Examples.read(f));
        }
        // Same classification inputs as acme, another id and horizon: a cache hit whose trace must name this case.
        Path twin = dir.resolve("twin.yaml");
        Files.writeString(twin, Files.readString(Examples.dir().resolve("acme-retail.yaml"))
                .replace("id: acme-retail-2025", "id: acme-twin"));
        cases.add(new CaseReader().read(twin));
        for (int round = 0; round < 2; round++) {
            for (Case c : cases) {
                assertThat(JsonReportWriter.pretty(cached.assess(c, "en")))
                        .as(c.id() + " round " + round)
                        .isEqualTo(JsonReportWriter.pretty(uncached.assess(c, "en")));
            }
        }
        assertThat(JsonReportWriter.pretty(cached.assess(cases.get(5), "en"))).contains("CaseFact(acme-twin,");
    }

    @Test
    void key_otherEmployeesInTheSameSegment_same_otherSegmentOrCurrency_differs() throws Exception {
        var cache = new ProfileCache(RuleSources.builtIn(), 4);
        CaseFact fact = FactBuilder.caseFact(Examples.read("acme-retail.yaml"));
        CaseFact bigger = withEmployees(fact, 5000, fact.getCurrency());
        var midSize = classified("retail", "mid-size");
        assertThat(cache.key(bigger, midSize)).isEqualTo(cache.key(fact, classified("retail", "mid-size")));
        assertThat(cache.key(bigger, classified("retail", "large"))).isNotEqualTo(cache.key(fact, midSize));
        assertThat(cache.key(withEmployees(fact, 320, "USD"), midSize)).isNotEqualTo(cache.key(fact, midSize));

        assertThat(cache.find(cache.key(fact, midSize))).isNull();
        var resolved = classified("retail", "mid-size");
        resolved.set("typicalGrossMargin", new java.math.BigDecimal("0.30"), "assumption");
        cache.store(cache.key(fact, midSize), fact, resolved, List.of());
        var target = classified("retail", "mid-size");
        cache.find(cache.key(bigger, classified("retail", "mid-size"))).restoreInto(target);
        assertThat(target.number("typicalGrossMargin")).isEqualByComparingTo("0.30");
    }

    @Test
    void reports_sizeFiguresVaryWithinASegment_cachedEqualsUncached(@TempDir Path dir) throws Exception {
        var cached = engine(256);
        var uncached = engine(0);
        String acme = Files.readString(Examples.dir().resolve("acme-retail.yaml"));
        // Retail under the CN SME standard: 50–299 staff mid-size, 300 or more large. 320 and 1000 share the
        // large profile, 250 and 299 the mid-size one, 30 is small: hits and misses, every report as if uncached.
        for (String employees : List.of("320", "250", "299", "30", "1000")) {
            Path file = dir.resolve("acme-" + employees + ".yaml");
            Files.writeString(file, acme.replace("employees: 320", "employees: " + employees));
            Case c = new CaseReader().read(file);
            assertThat(JsonReportWriter.pretty(cached.assess(c, "en"))).as(employees)
                    .isEqualTo(JsonReportWriter.pretty(uncached.assess(c, "en")));
        }
    }

    /** The built-in engine with a profile cache of this size (0: none). */
    private static AssessmentEngine engine(int cacheSize) throws Exception {
        var runner = new PluginRunner(java.time.Duration.ofSeconds(2));
        return new AssessmentEngine(Examples.assay().engine().rules(),
                new PluginSet(Examples.assay().engine().plugins()), runner, cacheSize);
    }

    private static io.roiassay.engine.facts.Profile classified(String industry, String segment) {
        var p = new io.roiassay.engine.facts.Profile();
        p.setIndustry(industry);
        p.setSegment(segment);
        p.setDeployment("saas");
        return p;
    }

    private static CaseFact withEmployees(CaseFact fact, int employees, String currency) {
        return new CaseFact(fact.getCaseId(), fact.getIndustryText(), employees, fact.getAnnualRevenue(),
                fact.getGrossMarginRate(), fact.getDeploymentModel(), fact.getLicensedUsers(), fact.getActiveUsers(),
                fact.getAdoptionRate(), fact.getHorizonYears(), fact.getCrmShare(), fact.getConcurrentInitiatives(),
                fact.isRampUpGiven(), currency);
    }

    @Test
    void cache_isBounded_leastRecentlyUsedGoes() throws Exception {
        var cache = new ProfileCache(RuleSources.builtIn(), 1);
        CaseFact a = FactBuilder.caseFact(Examples.read("acme-retail.yaml"));
        CaseFact b = FactBuilder.caseFact(Examples.read("tcm-pharma-service.yaml"));
        var keyA = cache.key(a, classified("retail", "large"));
        var keyB = cache.key(b, classified("pharma", "mid-size"));
        cache.store(keyA, a, new io.roiassay.engine.facts.Profile(), List.of());
        cache.store(keyB, b, new io.roiassay.engine.facts.Profile(), List.of());
        assertThat(cache.find(keyA)).isNull();
        assertThat(cache.find(keyB)).isNotNull();
    }
}

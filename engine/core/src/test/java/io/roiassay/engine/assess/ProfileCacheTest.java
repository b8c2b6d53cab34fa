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
    void builtInPack_profileRulesRead_onlyTheClassificationFields() {
        assertThat(ProfileInputs.of(RuleSources.builtIn()).names())
                .containsExactly("annualRevenue", "currency", "deploymentModel", "employees", "industryText");
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
        assertThat(ProfileInputs.of(files).names()).contains("horizonYears", "industryText");
    }

    @Test
    void reports_withAndWithoutCache_byteIdentical_includingTheReplayedTrace(@TempDir Path dir) throws Exception {
        var injector = Examples.assay().injector();
        var rules = Examples.assay().engine().rules();
        var plugins = new PluginSet(Examples.assay().engine().plugins());
        var cached = new AssessmentEngine(rules, plugins, injector.getInstance(PluginRunner.class), 256);
        var uncached = new AssessmentEngine(rules, plugins, injector.getInstance(PluginRunner.class), 0);
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
    void find_sameClassificationInputs_hit_otherEmployees_miss() throws Exception {
        var cache = new ProfileCache(RuleSources.builtIn(), 4);
        Case acme = Examples.read("acme-retail.yaml");
        CaseFact fact = FactBuilder.caseFact(acme);
        assertThat(cache.find(fact)).isNull();
        var profile = new io.roiassay.engine.facts.Profile();
        profile.setIndustry("retail");
        cache.store(fact, profile, List.of());
        assertThat(cache.find(FactBuilder.caseFact(acme)).newProfile().getIndustry()).isEqualTo("retail");
        CaseFact bigger = new CaseFact(fact.getCaseId(), fact.getIndustryText(), 5000, fact.getAnnualRevenue(),
                fact.getGrossMarginRate(), fact.getDeploymentModel(), fact.getLicensedUsers(), fact.getActiveUsers(),
                fact.getAdoptionRate(), fact.getHorizonYears(), fact.getCrmShare(), fact.getConcurrentInitiatives(),
                fact.isRampUpGiven(), fact.getCurrency());
        assertThat(cache.find(bigger)).isNull();
    }

    @Test
    void cache_isBounded_leastRecentlyUsedGoes() throws Exception {
        var cache = new ProfileCache(RuleSources.builtIn(), 1);
        CaseFact a = FactBuilder.caseFact(Examples.read("acme-retail.yaml"));
        CaseFact b = FactBuilder.caseFact(Examples.read("tcm-pharma-service.yaml"));
        cache.store(a, new io.roiassay.engine.facts.Profile(), List.of());
        cache.store(b, new io.roiassay.engine.facts.Profile(), List.of());
        assertThat(cache.find(a)).isNull();
        assertThat(cache.find(b)).isNotNull();
    }
}

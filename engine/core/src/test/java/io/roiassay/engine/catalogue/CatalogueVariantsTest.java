package io.roiassay.engine.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalogue code may carry variants: the same code worded for another situation, raised as {@code code#variant}. */
class CatalogueVariantsTest {

    private static final String BUILT_IN = """
            hidden-cost/training:
              severity: warning
              evidence: [costCategories, ratio]
              en: "No training cost; estimated at {estimate}."
              zh: "未录入培训费用，估算约 {estimate}。"
              variants:
                confirm-included:
                  severity: info
                  evidence: [costCategories, costCoverage]
                  en: "Confirm that training is included ({costCoverage})."
                  zh: "请确认培训已包含在内（{costCoverage}）。"
                same-severity:
                  en: "Training again, ratio {ratio}."
                  zh: "再次提示培训，比例 {ratio}。"
            """;

    private static Catalogue read(String... texts) {
        List<CatalogueReader.SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new CatalogueReader.SourceFile("catalogue/f" + i + ".yaml", texts[i]));
        }
        return CatalogueReader.read(files);
    }

    @Test
    void variant_lookedUpByCodeHashName_reportsTheCodeWithItsOwnSeverityAndTexts() {
        Catalogue c = read(BUILT_IN);

        Catalogue.FindingEntry v = c.finding("hidden-cost/training#confirm-included");

        assertThat(c.problems()).isEmpty();
        assertThat(v.code()).isEqualTo("hidden-cost/training");
        assertThat(v.severity()).isEqualTo(Severity.INFO);
        assertThat(v.evidence()).containsExactly("costCategories", "costCoverage");
        assertThat(v.en()).isEqualTo("Confirm that training is included ({costCoverage}).");
        assertThat(v.zh()).isEqualTo("请确认培训已包含在内（{costCoverage}）。");
        assertThat(c.finding("hidden-cost/training").severity()).isEqualTo(Severity.WARNING);
        assertThat(c.findings()).containsOnlyKeys("hidden-cost/training");
    }

    @Test
    void variant_withoutSeverityOrEvidence_takesTheCodes() {
        Catalogue.FindingEntry v = read(BUILT_IN).finding("hidden-cost/training#same-severity");

        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.evidence()).containsExactly("costCategories", "ratio");
    }

    @Test
    void variant_unknownName_null() {
        Catalogue c = read(BUILT_IN);

        assertThat(c.finding("hidden-cost/training#nope")).isNull();
        assertThat(c.finding("hidden-cost/nope#confirm-included")).isNull();
        assertThat(Catalogue.codeOf("hidden-cost/training#confirm-included")).isEqualTo("hidden-cost/training");
    }

    @Test
    void variant_placeholderNotInItsEvidence_isAProblemNamingTheVariant() {
        Catalogue c = read("""
                hidden-cost/training:
                  severity: warning
                  evidence: [ratio]
                  en: "No training; {ratio}."
                  zh: "未录入培训费用；{ratio}。"
                  variants:
                    confirm-included:
                      evidence: [costCoverage]
                      en: "Confirm ({ratio})."
                      zh: "请确认（{ratio}）。"
                      colour: red
                """);

        assertThat(c.problems()).extracting(Catalogue.Problem::message).contains(
                "hidden-cost/training#confirm-included: the 'en' text names {ratio}, which is not among its evidence"
                        + " [costCoverage, currency, estimate]",
                "hidden-cost/training#confirm-included: unknown key 'colour'; an entry has en, evidence, severity, zh");
    }

    @Test
    void aPlaceholderWithAFormatThatDoesNotExist_isAProblem_percentIsNot() {
        // a hardening review's catalogue printed "Nothing 200.00 CNY {costCategories:money} {ratio:date}" in the report
        Catalogue c = read("""
                hidden-cost/training:
                  severity: info
                  evidence: [costCategories, ratio]
                  en: "Nothing {estimate:percent} {costCategories:money} {ratio:date}"
                  zh: "无 {estimate:percent} {costCategories:money} {ratio:date}"
                """);

        assertThat(c.problems()).extracting(Catalogue.Problem::message).containsExactly(
                "hidden-cost/training: the 'en' text has {costCategories:money}, a format that does not exist: a placeholder"
                        + " is {name} or {name:percent} (a rate as a percentage); the report would print it as written",
                "hidden-cost/training: the 'en' text has {ratio:date}, a format that does not exist: a placeholder"
                        + " is {name} or {name:percent} (a rate as a percentage); the report would print it as written",
                "hidden-cost/training: the 'zh' text has {costCategories:money}, a format that does not exist: a placeholder"
                        + " is {name} or {name:percent} (a rate as a percentage); the report would print it as written",
                "hidden-cost/training: the 'zh' text has {ratio:date}, a format that does not exist: a placeholder"
                        + " is {name} or {name:percent} (a rate as a percentage); the report would print it as written");
    }

    @Test
    void overlay_replacingTheCodeWithoutVariants_keepsTheBuiltInVariants_andReplacesOneItNames() {
        Catalogue c = read(BUILT_IN, """
                hidden-cost/training:
                  severity: major
                  en: "Training missing: {estimate}."
                  zh: "缺少培训：{estimate}。"
                  variants:
                    same-severity:
                      en: "Overlay wording."
                      zh: "覆盖层的措辞。"
                """);

        assertThat(c.finding("hidden-cost/training").en()).isEqualTo("Training missing: {estimate}.");
        assertThat(c.finding("hidden-cost/training#confirm-included").en())
                .isEqualTo("Confirm that training is included ({costCoverage}).");
        assertThat(c.finding("hidden-cost/training#same-severity").en()).isEqualTo("Overlay wording.");
        assertThat(c.finding("hidden-cost/training#same-severity").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void headlines_perGradeAndVariant_fromAFileNamedVerdicts_overlayKeepsVariantsItDoesNotName() {
        String builtIn = """
                positive:
                  en: "Positive: NPV {npv} {currency}."
                  zh: "回报为正：净现值 {npv} {currency}。"
                unproven:
                  en: "Unproven."
                  zh: "无法证明。"
                  variants:
                    no-costs:
                      en: "Unproven: no costs."
                      zh: "无法证明：没有成本。"
                """;
        Catalogue c = CatalogueReader.read(List.of(new CatalogueReader.SourceFile("catalogue/verdicts.yaml", builtIn),
                new CatalogueReader.SourceFile("catalogue/verdicts-mine.yaml", """
                        unproven:
                          en: "Not shown."
                          zh: "未能证明。"
                        """)));

        assertThat(c.problems()).isEmpty();
        assertThat(c.findings()).isEmpty();
        assertThat(c.headline("positive").en()).isEqualTo("Positive: NPV {npv} {currency}.");
        assertThat(c.headline("unproven").en()).isEqualTo("Not shown.");
        assertThat(c.headline("unproven#no-costs").zh()).isEqualTo("无法证明：没有成本。");
        assertThat(c.headline("unproven#nope")).isNull();
    }

    @Test
    void headlines_unknownGradeOrValue_areProblems() {
        Catalogue c = CatalogueReader.read(List.of(new CatalogueReader.SourceFile("catalogue/verdicts.yaml", """
                great:
                  en: "Great."
                  zh: "很好。"
                positive:
                  en: "Positive {irr}."
                  zh: "回报为正 {irr}。"
                """)));

        assertThat(c.problems()).extracting(Catalogue.Problem::message).anySatisfy(m -> assertThat(m)
                .startsWith("great: a verdict headline is keyed by a grade, one of"));
        assertThat(c.problems()).extracting(Catalogue.Problem::message).anySatisfy(m -> assertThat(m)
                .startsWith("positive: the 'en' text names {irr}, which is not among"));
    }
}

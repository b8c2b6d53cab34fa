package io.roiassay.engine.catalogue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence the verdict rules add to the headline ({@code holds-unless} in verdicts.yaml): its texts name
 * {@code {headline}} and {@code {clause}}, its clauses {@code {value}}, each in English and Chinese.
 */
class CatalogueSentencesTest {

    private static final String BUILT_IN = """
            holds-unless:
              en: "{headline} Holds unless {clause}."
              zh: "{headline}除非{clause}。"
              clauses:
                crmShare-below:
                  en: "the share is below {value}"
                  zh: "份额低于 {value}"
                costScale-above:
                  en: "costs are above {value} ×"
                  zh: "成本高于 {value} 倍"
            """;

    private static Catalogue read(String... texts) {
        List<CatalogueReader.SourceFile> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new CatalogueReader.SourceFile("catalogue/verdicts-" + i + ".yaml", texts[i]));
        }
        return CatalogueReader.read(files);
    }

    @Test
    void sentence_readWithItsClauses_lookedUpBySentenceHashClause() {
        Catalogue c = read(BUILT_IN);

        assertThat(c.problems()).isEmpty();
        assertThat(c.sentence("holds-unless").en()).isEqualTo("{headline} Holds unless {clause}.");
        assertThat(c.sentence("holds-unless").clauses()).containsOnlyKeys("crmShare-below", "costScale-above");
        assertThat(c.clause("holds-unless#crmShare-below").zh()).isEqualTo("份额低于 {value}");
        assertThat(c.clause("holds-unless#crmShare-above")).isNull();
        assertThat(c.clause("holds-unless")).isNull();
        assertThat(c.clause("other#crmShare-below")).isNull();
        assertThat(c.headlines()).isEmpty();
    }

    @Test
    void clauseWithoutChinese_isAProblemNamingTheClause() {
        Catalogue c = read("""
                holds-unless:
                  en: "{headline} Holds unless {clause}."
                  zh: "{headline}除非{clause}。"
                  clauses:
                    crmShare-below:
                      en: "the share is below {value}"
                    costScale-above:
                      en: "costs are above {value}"
                      zh: "costs are above {value}"
                """);

        assertThat(c.problems()).extracting(Catalogue.Problem::message).containsExactlyInAnyOrder(
                "holds-unless#crmShare-below: missing 'zh' text",
                "holds-unless#costScale-above: the 'zh' text has no Chinese in it");
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.source().line()).isEqualTo(1));
        assertThat(c.clause("holds-unless#crmShare-below")).isNull();
    }

    @Test
    void sentenceMustNameHeadlineAndClause_clauseOnlyValue() {
        Catalogue c = read("""
                holds-unless:
                  en: "Holds unless {clause}."
                  zh: "{headline}除非{clause}。"
                  clauses:
                    crmShare-below:
                      en: "the share is below {value} ({npv})"
                      zh: "份额低于 {value}（{npv}）"
                """);

        assertThat(c.problems()).extracting(Catalogue.Problem::message).containsExactlyInAnyOrder(
                "holds-unless: the 'en' text must name {headline} and {clause}",
                "holds-unless#crmShare-below: the 'en' text names {npv}, which is not among its evidence [value]",
                "holds-unless#crmShare-below: the 'zh' text names {npv}, which is not among its evidence [value]");
    }

    @Test
    void overlaySentence_replacesTheClausesItNames_keepsTheOthers() {
        Catalogue c = read(BUILT_IN, """
                holds-unless:
                  en: "{headline} It holds unless {clause}."
                  zh: "{headline}除非{clause}，否则不变。"
                  clauses:
                    crmShare-below:
                      en: "less than {value} of the gain is the CRM's"
                      zh: "CRM 的份额不足 {value}"
                """);

        assertThat(c.problems()).isEmpty();
        assertThat(c.sentence("holds-unless").en()).isEqualTo("{headline} It holds unless {clause}.");
        assertThat(c.clause("holds-unless#crmShare-below").en()).isEqualTo("less than {value} of the gain is the CRM's");
        assertThat(c.clause("holds-unless#costScale-above").en()).isEqualTo("costs are above {value} ×");
    }

    @Test
    void keyNeitherGradeNorSentence_isAProblem() {
        Catalogue c = read("""
                excellent:
                  en: "Excellent."
                  zh: "优秀。"
                """);

        assertThat(c.problems()).extracting(Catalogue.Problem::message).containsExactly(
                "excellent: a verdict headline is keyed by a grade, one of " + Grade.names()
                        + " (a sentence added to the headline has clauses:)");
    }
}

package io.roiassay.engine.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A recommendation's text may name values a rule gives it, declared under its {@code evidence:} like a finding's. */
class CatalogueRecommendationEvidenceTest {

    private static Catalogue read(String text) {
        return CatalogueReader.read(List.of(new CatalogueReader.SourceFile("catalogue/recommendations-x.yaml", text)));
    }

    @Test
    void aDeclaredPlaceholder_isAccepted() {
        Catalogue c = read("""
                budget-hidden-costs:
                  priority: 1
                  evidence: [categories]
                  en: "Add the costs named as missing ({categories})."
                  zh: "补充缺失的成本（{categories}）。"
                """);

        assertThat(c.problems()).isEmpty();
        assertThat(c.recommendation("budget-hidden-costs").en()).isEqualTo("Add the costs named as missing ({categories}).");
    }

    @Test
    void anUndeclaredPlaceholder_isAProblemNamingWhatIsAllowed() {
        Catalogue c = read("""
                budget-hidden-costs:
                  priority: 1
                  en: "Add the costs named as missing ({categories})."
                  zh: "补充缺失的成本（{categories}）。"
                """);

        assertThat(c.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("budget-hidden-costs").contains("{categories}, which is not among its evidence [currency, estimate]"));
    }
}

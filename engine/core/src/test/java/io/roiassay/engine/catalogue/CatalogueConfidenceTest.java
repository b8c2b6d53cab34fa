package io.roiassay.engine.catalogue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a verdict has its confidence ({@code confidence:} in verdicts.yaml): keyed by a level, or level#reason as a
 * confidence rule gives it; each in English and Chinese; an overlay's entry replaces the one of the same key.
 */
class CatalogueConfidenceTest {

    private static final String BUILT_IN = """
            confidence:
              high:
                en: "nothing lowered it."
                zh: "没有任何检查降低可信度。"
              low#vendor-benchmarks:
                en: "most of the value is vendor benchmarks."
                zh: "价值大多来自厂商基准数据。"
            """;

    private static Catalogue read(String... texts) {
        List<CatalogueReader.SourceFile> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new CatalogueReader.SourceFile("catalogue/verdicts-" + i + ".yaml", texts[i]));
        }
        return CatalogueReader.read(files);
    }

    @Test
    void reasons_readByLevelAndByLevelHashReason_andKeptApartFromHeadlines() {
        Catalogue c = read(BUILT_IN);

        assertThat(c.problems()).isEmpty();
        assertThat(c.confidenceReason("high").zh()).isEqualTo("没有任何检查降低可信度。");
        assertThat(c.confidenceReason("low#vendor-benchmarks").en()).isEqualTo("most of the value is vendor benchmarks.");
        assertThat(c.confidenceReason("low")).isNull();
        assertThat(c.confidenceReasons()).containsOnlyKeys("high", "low#vendor-benchmarks");
        assertThat(c.headlines()).isEmpty();
    }

    @Test
    void anOverlayEntry_replacesTheOneOfTheSameKey_andKeepsTheOthers() {
        Catalogue c = read(BUILT_IN, """
                confidence:
                  high:
                    en: "our words."
                    zh: "我们的措辞。"
                """);

        assertThat(c.problems()).isEmpty();
        assertThat(c.confidenceReason("high").en()).isEqualTo("our words.");
        assertThat(c.confidenceReason("low#vendor-benchmarks")).isNotNull();
    }

    @Test
    void aKeyThatIsNoLevel_orAReasonWithoutChinese_isAProblemAtItsLine() {
        Catalogue c = read("""
                confidence:
                  sure#always:
                    en: "x"
                    zh: "某"
                  medium#Bad_Name:
                    en: "x"
                    zh: "某"
                  low#no-chinese:
                    en: "only English."
                    zh: "only English."
                """);

        assertThat(c.problems()).extracting(p -> p.source().line() + ": " + p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("2: ").contains("sure#always").contains("a confidence reason is keyed by a level, one of"));
        assertThat(c.problems()).extracting(p -> p.source().line() + ": " + p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("5: ").contains("medium#Bad_Name"));
        assertThat(c.problems()).extracting(p -> p.source().line() + ": " + p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("8: ").contains("low#no-chinese"));
        assertThat(c.problems()).hasSize(3);
    }
}

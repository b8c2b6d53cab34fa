package io.roiassay.engine.bench;

import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated batch corpus: valid cases, varied as documented, the same bytes for the same seed. */
class BatchCorpusTest {

    @Test
    void write_everyCaseIsValid_andVaried() throws Exception {
        List<String> lines = corpus(300, 7);
        assertThat(lines).hasSize(300);
        CaseReader reader = new CaseReader();
        Set<String> industries = new HashSet<>();
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Case c = reader.read(lines.get(i), "line " + (i + 1), true);
            assertThat(c.id()).isEqualTo("gen-" + i);
            assertThat(c.costs()).hasSizeBetween(3, 7);
            assertThat(c.benefits()).hasSizeBetween(1, 4);
            industries.add(c.company().industry());
            languages.add(c.language());
        }
        assertThat(industries).hasSizeGreaterThan(8);
        assertThat(languages).containsExactlyInAnyOrder("en", "zh-CN");
    }

    @Test
    void write_sameSeed_sameBytes_otherSeed_otherCases() throws Exception {
        assertThat(corpus(50, 3)).isEqualTo(corpus(50, 3));
        assertThat(corpus(50, 3)).isNotEqualTo(corpus(50, 4));
    }

    private static List<String> corpus(int count, long seed) throws Exception {
        StringWriter w = new StringWriter();
        BatchCorpus.write(count, seed, w);
        return w.toString().lines().toList();
    }
}

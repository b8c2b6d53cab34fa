package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.InputHash;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Same case and rule pack: byte-identical reports, whatever the thread or the file format. */
class DeterminismTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme-retail.yaml", "seed-004-first-year-tco.yaml", "vendor-claim-audit.yaml",
            "tcm-pharma-service.yaml"})
    void assess_twice_byteIdentical(String file) throws Exception {
        var c = Examples.read(file);
        String a = JsonReportWriter.pretty(Examples.assay().assess(c));
        String b = JsonReportWriter.pretty(Examples.assay().assess(Examples.read(file)));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void assess_manyThreads_sameAsOneThread() throws Exception {
        var c = Examples.read("acme-retail.yaml");
        String expected = JsonReportWriter.compact(Examples.assay().assess(c));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> JsonReportWriter.compact(Examples.assay().assess(c))));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inputHash_yamlAndJsonOfOneCase_areEqual() throws Exception {
        var yaml = Examples.read("seed-001-gross-profit-525.yaml");
        var json = new CaseReader().read(InputHash.canonicalJson(yaml), "same.json", true);
        assertThat(InputHash.of(json)).isEqualTo(InputHash.of(yaml)).startsWith("sha256:");
    }

    @Test
    void report_zhCN_usesChineseMessages() throws Exception {
        var r = Examples.assay().assess(Examples.read("acme-retail.yaml"));
        assertThat(r.language()).isEqualTo("zh-CN");
        assertThat(r.verdict().headline()).containsPattern("\\p{IsHan}");
        var en = Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), "en");
        assertThat(en.verdict().headline()).doesNotContainPattern("\\p{IsHan}");
        assertThat(en.findings()).hasSameSizeAs(r.findings());
    }
}

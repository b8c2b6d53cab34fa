package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped example in zh-CN reads as Chinese: no grade, size, deployment or cost-category codes in running
 * text, no ASCII punctuation against Chinese characters, no doubled words. Identifiers (finding codes, and in code
 * spans evidence, formula inputs, assumption keys), rule names and the rule trace are data and stay as they are.
 */
class ChineseReportTest {

    private static final Pattern CODE_SPANS = Pattern.compile("`[^`\\n]*`");
    private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[\\u4e00-\\u9fff][(),:;]|[(,:;][\\u4e00-\\u9fff]");
    private static final Pattern ENGLISH_CODES = Pattern.compile(
            "\\b(strong|positive|marginal|negative|unproven|high|medium|low|mid-size|small|large|saas|on-premise|hybrid"
                    + "|warning|major|info|subscription|license|implementation|data-migration|integration|training"
                    + "|maintenance|internal-staff|change-management|software)\\b");

    @ParameterizedTest
    @ValueSource(strings = {"acme-retail.yaml", "seed-000-benefit-1m-cost-500k.yaml", "seed-001-gross-profit-525.yaml",
            "seed-001-new-profit-1000.yaml", "seed-004-first-year-tco.yaml", "tcm-pharma-service.yaml", "vendor-claim-audit.yaml"})
    void markdown_zhCN_isChineseInRunningText(String file) throws Exception {
        Report r = Examples.assay().engine().assess(Examples.read(file), "zh-CN");
        String md = MarkdownReportWriter.render(r);
        // the title (first line) is the case's own text
        String prose = CODE_SPANS.matcher(md.substring(md.indexOf('\n'), md.indexOf("<details><summary>规则执行记录"))).replaceAll("");
        // the assumption table lists keys and coded values (software, once…); its notes are checked below
        prose = prose.replaceAll("(?s)<details><summary>假设.*?</details>", "").replaceAll("（[\\w./-]+\\.drl）", "")
                .replaceAll("\\b(hidden-cost|mistake|data|profile|plugin)/[a-z-]+", "");
        // the case's own cost line ids (a cost risk step names its lines by them) are the case's text, like the title
        for (var cost : Examples.read(file).costs()) {
            if (cost.id() != null) {
                prose = prose.replace(cost.id(), "");
            }
        }

        assertThat(prose).doesNotContain("成本成本");
        assertThat(find(ASCII_PUNCTUATION, prose)).as("ASCII punctuation in Chinese text").isEmpty();
        assertThat(find(ENGLISH_CODES, prose)).as("English codes in running text").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-retail.yaml", "seed-000-benefit-1m-cost-500k.yaml", "seed-001-gross-profit-525.yaml",
            "seed-001-new-profit-1000.yaml", "seed-004-first-year-tco.yaml", "tcm-pharma-service.yaml", "vendor-claim-audit.yaml"})
    void assumptionValuesAndSize_zhCN_areChineseWords_notCodes(String file) throws Exception {
        Report r = Examples.assay().engine().assess(Examples.read(file), "zh-CN");
        String md = MarkdownReportWriter.render(r);
        String table = md.substring(md.indexOf("<details><summary>假设"));
        table = table.substring(0, table.indexOf("</details>"));
        StringBuilder values = new StringBuilder();
        for (String row : table.split("\n")) {
            String[] cells = row.split(" \\| ");
            if (row.startsWith("| `") && cells.length > 1) {
                values.append(cells[1]).append('\n');
            }
        }
        assertThat(values).isNotEmpty();
        assertThat(find(ENGLISH_CODES, values.toString())).as("codes among the assumption values").isEmpty();
        assertThat(values.toString()).doesNotContain("once").doesNotContain("annual");
        assertThat(md).doesNotContain("规模：unknown");
    }

    @org.junit.jupiter.api.Test
    void aOneYearHorizon_isOneYear_inEnglish() throws Exception {
        Report r = Examples.assay().engine().assess(Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "en");
        assertThat(MarkdownReportWriter.render(r)).contains("Horizon: 1 year;").doesNotContain("1 years");
        assertThat(HtmlReportWriter.render(r)).contains(">1 year").doesNotContain("1 years");
        assertThat(MarkdownReportWriter.render(Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), "en")))
                .contains("Horizon: 3 years;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-retail.yaml", "seed-000-benefit-1m-cost-500k.yaml", "seed-001-gross-profit-525.yaml",
            "seed-001-new-profit-1000.yaml", "seed-004-first-year-tco.yaml", "tcm-pharma-service.yaml", "vendor-claim-audit.yaml"})
    void assumptionNotes_zhCN_areChinese_andTheEnglishReportKeepsEnglish(String file) throws Exception {
        var zh = Examples.assay().engine().assess(Examples.read(file), "zh-CN").profile().assumptions();
        var en = Examples.assay().engine().assess(Examples.read(file), "en").profile().assumptions();
        assertThat(zh).isNotEmpty();
        zh.forEach((key, a) -> {
            assertThat(a.note()).as(file + " " + key).containsPattern("\\p{IsHan}");
            assertThat(find(ASCII_PUNCTUATION, a.note())).as(file + " " + key).isEmpty();
            assertThat(en.get(key).note()).as(file + " " + key + " (en)").isNotEqualTo(a.note());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-retail.yaml", "seed-000-benefit-1m-cost-500k.yaml", "seed-004-first-year-tco.yaml",
            "tcm-pharma-service.yaml", "vendor-claim-audit.yaml"})
    void waterfall_lastStepLandsOnTheAdjustedSimpleRoi(String file) throws Exception {
        Report r = Examples.assay().assess(Examples.read(file));
        var levels = RoiWaterfall.levels(r.financials(), "en");

        assertThat(levels).hasSize(r.financials().adjustments().size() + 2);
        BigDecimal lastStep = levels.get(levels.size() - 2).value();
        assertThat(levels.get(levels.size() - 1).value()).isEqualTo(r.financials().adjusted().simpleRoiPercent())
                .isCloseTo(lastStep, org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
        assertThat(levels.get(0).value()).isEqualTo(r.financials().entered().simpleRoiPercent());
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            out.append("…").append(text.substring(from, Math.min(text.length(), m.end() + 30)).replace('\n', ' ')).append("…\n");
        }
        return out.toString();
    }
}

package io.roiassay.engine.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReportWriterTest {

    private static final Report REPORT = HtmlReportFixtures.threeYear();

    @Test
    void render_isWellFormedXhtmlCompatibleMarkup() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(nodes(doc, "//head/meta[@charset='utf-8']").getLength()).isEqualTo(1);
        assertThat(nodes(doc, "//head/style").getLength()).isEqualTo(1);
    }

    @Test
    void parse_rejectsUnbalancedMarkup_soTheCheckCanFail() {
        assertThatThrownBy(() -> parse("<!DOCTYPE html><html><body><p>open</body></html>")).isInstanceOf(Exception.class);
    }

    @Test
    void render_selfContained_noNetworkScriptOrLink() {
        String html = HtmlReportWriter.render(REPORT);

        assertThat(html).doesNotContain("http://", "https://", "//cdn", "<link", "@import", "url(http", "src=\"");
        assertThat(html.toLowerCase()).doesNotContain("<script");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    @Test
    void render_escapesTitleAndFindingMessage() throws Exception {
        String html = HtmlReportWriter.render(REPORT);

        assertThat(html).contains("Acme Retail CRM &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Claim says &quot;ROI&quot; &amp; &#39;margin&#39; &lt;b&gt;differ&lt;/b&gt;")
                .doesNotContain("<b>differ</b>");
        Document doc = parse(html);
        assertThat(text(doc, "//h1")).isEqualTo(HtmlReportFixtures.TITLE);
        assertThat(text(doc, "//article[@id='finding-mistake-claim-arithmetic']/p")).isEqualTo(HtmlReportFixtures.TRICKY_MESSAGE);
    }

    @Test
    void escape_attributesAndSvgText() {
        assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(HtmlEscaper.escape("bell\u0007")).isEqualTo("bell\uFFFD");
        assertThat(HtmlEscaper.escape(null)).isEmpty();
        assertThat(HtmlEscaper.id("finding-", "hidden-cost/training")).isEqualTo("finding-hidden-cost-training");
        assertThat(HtmlEscaper.id("x-", "a\"><b")).isEqualTo("x-a---b");
    }

    @Test
    void render_escapesCurrencyInsideSvg() throws Exception {
        Report r = HtmlReportFixtures.threeYear();
        Report odd = new Report(r.format(), r.caseId(), r.title(), "E<U>R", r.language(), r.profile(), r.financials(), null, null,
                r.benefitLines(), r.indicators(), r.claimCheck(), r.findings(), r.verdict(), r.recommendations(),
                r.provenance(), r.trace());

        Document doc = parse(HtmlReportWriter.render(odd));

        assertThat(texts(doc, "//svg[contains(@class,'cash-flow')]/text")).contains("E<U>R");
    }

    @Test
    void cashFlowChart_onePointPerPeriodForEachSeries() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        for (String series : List.of("entered", "adjusted")) {
            Element line = (Element) nodes(doc, "//svg//polyline[@data-series='" + series + "']").item(0);
            assertThat(line.getAttribute("points").trim().split("\\s+")).hasSize(4);
            assertThat(nodes(doc, "//svg//circle[@data-series='" + series + "']").getLength()).isEqualTo(4);
        }
        assertThat(nodes(doc, "//svg[contains(@class,'cash-flow')]/line[@class='zero']").getLength()).isEqualTo(1);
        assertThat(texts(doc, "//svg[contains(@class,'cash-flow')]/text")).contains("0", "1", "2", "3", "Period", "EUR");
    }

    @Test
    void cashFlowChart_pointsFollowTheValues() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        // entered cumulative: -120000, -40000, 60000, 160000 — higher values are drawn higher (smaller y)
        List<Double> ys = new ArrayList<>();
        NodeList circles = nodes(doc, "//svg//circle[@data-series='entered']");
        for (int i = 0; i < circles.getLength(); i++) {
            ys.add(Double.parseDouble(((Element) circles.item(i)).getAttribute("cy")));
        }
        assertThat(ys).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(text(doc, "//svg//circle[@data-series='entered'][@data-period='3']/title")).endsWith("160,000.00");
    }

    @Test
    void cashFlowChart_paybackMarkerExactlyWhenPaidBack() throws Exception {
        Document both = parse(HtmlReportWriter.render(REPORT));
        assertThat(nodes(both, "//svg//g[contains(@class,'payback')]").getLength()).isEqualTo(2);
        assertThat(((Element) nodes(both, "//svg//g[contains(@class,'payback-adjusted')]").item(0)).getAttribute("data-months"))
                .isEqualTo("27.4");

        Document onlyEntered = parse(HtmlReportWriter.render(HtmlReportFixtures.threeYear("en", new BigDecimal("16.8"), null)));
        assertThat(nodes(onlyEntered, "//svg//g[contains(@class,'payback-entered')]").getLength()).isEqualTo(1);
        assertThat(nodes(onlyEntered, "//svg//g[contains(@class,'payback-adjusted')]").getLength()).isZero();

        Document never = parse(HtmlReportWriter.render(HtmlReportFixtures.threeYear("en", null, null)));
        assertThat(nodes(never, "//svg//g[contains(@class,'payback')]").getLength()).isZero();
        assertThat(HtmlReportWriter.render(HtmlReportFixtures.threeYear("en", null, null))).contains("not within the horizon");
    }

    @Test
    void cashFlowChart_paybackMarkerAtPeriodMonthsOverTwelve() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));
        double x1 = Double.parseDouble(((Element) nodes(doc, "//svg//circle[@data-series='adjusted'][@data-period='2']").item(0)).getAttribute("cx"));
        double x2 = Double.parseDouble(((Element) nodes(doc, "//svg//circle[@data-series='adjusted'][@data-period='3']").item(0)).getAttribute("cx"));
        double marker = Double.parseDouble(((Element) nodes(doc, "//svg//g[contains(@class,'payback-adjusted')]/line").item(0)).getAttribute("x1"));

        // 27.4 months = period 2.2833…
        assertThat(marker).isCloseTo(x1 + (x2 - x1) * (27.4 / 12 - 2), org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void costBars_estimatedPartsForHiddenCostCategories() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        assertThat(nodes(doc, "//svg//g[@class='cost-row']").getLength()).isEqualTo(4);
        assertThat(nodes(doc, "//svg//g[@data-category='training']/rect[@class='bar-estimated']").getLength()).isEqualTo(1);
        assertThat(nodes(doc, "//svg//g[@data-category='data-migration']/rect[@class='bar-estimated']").getLength()).isEqualTo(1);
        assertThat(nodes(doc, "//svg//g[@data-category='license']/rect[@class='bar-estimated']").getLength()).isZero();
        assertThat(((Element) nodes(doc, "//svg//g[@data-category='training']/a").item(0)).getAttribute("href"))
                .isEqualTo("#finding-hidden-cost-training");
        assertThat(text(doc, "//svg//g[@data-category='data-migration']/text[@class='amount']")).isEqualTo("5,000.00 + 21,000.00");
        assertThat(texts(doc, "//svg[contains(@class,'cost-bars')]//text")).contains("Entered", "Estimated (hidden)");
    }

    @Test
    void findings_groupedByFamilyInFixedOrder() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        List<String> families = new ArrayList<>();
        NodeList groups = nodes(doc, "//section[@id='findings']/div[@class='family']");
        for (int i = 0; i < groups.getLength(); i++) {
            families.add(((Element) groups.item(i)).getAttribute("id"));
        }
        assertThat(families).containsExactly("family-hidden-cost", "family-mistake", "family-data", "family-profile", "family-plugin");
        assertThat(nodes(doc, "//div[@id='family-hidden-cost']/article").getLength()).isEqualTo(2);
        assertThat(text(doc, "//article[@id='finding-hidden-cost-training']")).contains("24,000.00 EUR", "hidden-costs.drl", "warning");
    }

    @Test
    void recommendations_linkToTheFindingsTheyCite() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        NodeList links = nodes(doc, "//ol[@class='recs']//a/@href");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(links.item(i).getNodeValue());
        }
        assertThat(hrefs).containsExactly("#finding-hidden-cost-training", "#finding-hidden-cost-data-migration",
                "#finding-mistake-claim-arithmetic");
        for (String href : hrefs) {
            assertThat(nodes(doc, "//*[@id='" + href.substring(1) + "']").getLength()).isEqualTo(1);
        }
    }

    @Test
    void financials_everyFigureCarriesItsDefinition() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        Element npv = (Element) nodes(doc, "//table[@class='figures']//a[@href='#def-npv']").item(0);
        assertThat(npv.getAttribute("title")).isEqualTo("Net present value: PV(benefits) − PV(costs)");
        assertThat(nodes(doc, "//dt[@id='def-npv']").getLength()).isEqualTo(1);
        assertThat(text(doc, "//table[@class='figures']")).contains("210,000.00", "311,000.00", "16.8", "27.4", "23.79%");
    }

    @Test
    void verdict_badgeColouredByGrade() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        Element badge = (Element) nodes(doc, "//section[@id='verdict']//span[contains(@class,'badge')]").item(0);
        assertThat(badge.getAttribute("class")).isEqualTo("badge badge-positive");
        assertThat(badge.getTextContent()).isEqualTo("Positive");
        assertThat(text(doc, "//section[@id='verdict']")).contains(HtmlReportFixtures.HEADLINE, "grade positive", "verdict.drl", "medium");
    }

    @Test
    void trace_collapsedInDetails() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        Element details = (Element) nodes(doc, "//section[@id='trace']/details").item(0);
        assertThat(details.hasAttribute("open")).isFalse();
        assertThat(nodes(doc, "//section[@id='trace']/details/ol/li").getLength()).isEqualTo(2);
    }

    @Test
    void provenance_namesBuildCommitAndEveryRuleFileWithItsOrigin_likeTheJson() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));
        String md = MarkdownReportWriter.render(REPORT);

        assertThat(text(doc, "//section[@id='provenance']")).contains("Engine build commit", "0123abcd",
                "Rule-pack files", "3 (2 built-in, 1 from the overlay)");
        NodeList rows = nodes(doc, "//section[@id='provenance']/details/table/tbody/tr");
        assertThat(rows.getLength()).isEqualTo(3);
        assertThat(rows.item(1).getTextContent()).isEqualTo("profiles/our-retail.drl.csvoverlaysha256:bb");
        assertThat(md).contains("- Engine build commit: `0123abcd`\n", "- Rule-pack files: 3 (2 built-in, 1 from the overlay)\n",
                "| `profiles/our-retail.drl.csv` | overlay | `sha256:bb` |\n", "- Plugin `sales@1.0.0` (class-path)\n");
        assertThat(MarkdownReportWriter.render(HtmlReportFixtures.threeYear("zh-CN", null, null)))
                .contains("- 规则包文件：共 3 个（内置 2 个，来自覆盖目录 1 个）\n", "| `profiles/our-retail.drl.csv` | 覆盖目录 | `sha256:bb` |");
    }

    @Test
    void zhCN_chineseLabelsAndLang() throws Exception {
        String html = HtmlReportWriter.render(HtmlReportFixtures.threeYear("zh-CN", new BigDecimal("16.8"), null));
        Document doc = parse(html);

        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(html).contains("CRM 投资回报评估", "结论", "财务指标", "隐性成本", "计算误区", "规则执行记录", "评估期内未回本",
                "各期累计净现金流", "回报为正");
        assertThat(html).doesNotContain(">Findings<", ">Verdict<", "Cumulative (entered)");
    }

    @Test
    void bothLanguagesRender() throws Exception {
        for (String lang : List.of("en", "zh-CN")) {
            Document doc = parse(HtmlReportWriter.render(HtmlReportFixtures.threeYear(lang, null, new BigDecimal("27.4"))));
            assertThat(nodes(doc, "//section").getLength()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void parity_withMarkdown_everyCodeAndBenefitLine() {
        String html = HtmlReportWriter.render(REPORT);
        String md = MarkdownReportWriter.render(REPORT);

        List<String> ids = new ArrayList<>();
        REPORT.findings().forEach(f -> ids.add(f.code()));
        REPORT.recommendations().forEach(r -> ids.add(r.code()));
        REPORT.benefitLines().forEach(b -> ids.add(b.id()));
        assertThat(ids).hasSize(10);
        for (String id : ids) {
            assertThat(html).as("html has %s", id).contains(id);
            assertThat(md).as("markdown has %s", id).contains(id);
        }
    }

    @Test
    void waterfall_oneRowPerAdjustmentStep_betweenEnteredAndAdjustedRoi() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        assertThat(nodes(doc, "//svg[contains(@class,'waterfall')]//g[contains(@class,'wf-row')]").getLength()).isEqualTo(4);
        assertThat(attributes(doc, "//svg[contains(@class,'waterfall')]//g[contains(@class,'wf-row')]", "data-value"))
                .containsExactly("76.19", "27.15", "17.70", "23.79");
        assertThat(texts(doc, "//svg[contains(@class,'waterfall')]//text[@class='amount']"))
                .containsExactly("76.19%", "−49.04 pp", "−9.45 pp", "23.79%");
        assertThat(((Element) nodes(doc, "//g[@data-step='hidden-costs']/rect").item(0)).getAttribute("fill")).isEqualTo("#e5534b");
    }

    @Test
    void withRanges_tornadoDistributionAndSummary() throws Exception {
        Document doc = parse(HtmlReportWriter.render(HtmlReportFixtures.withRanges("en")));

        assertThat(attributes(doc, "//svg[contains(@class,'tornado')]//g[@class='tornado-row']", "data-driver"))
                .containsExactly("crmShare", "adoptionRate", "discountRate", "costScale");
        assertThat(nodes(doc, "//g[@data-crosses='true']").getLength()).isEqualTo(1);
        assertThat(attributes(doc, "//g[@data-driver='crmShare']/rect[@data-roi]", "data-roi")).containsExactly("5.80", "44.50");
        assertThat(attributes(doc, "//svg[contains(@class,'distribution')]//g[@class='percentile']", "data-percentile"))
                .containsExactly("p10", "p50", "p90");
        assertThat(attributes(doc, "//svg[contains(@class,'distribution')]//g[@class='grade-share']", "data-grade"))
                .containsExactly("strong", "positive", "marginal", "negative");
        assertThat(text(doc, "//section[@id='summary']/ul/li[2]")).contains("2.50% (P10)", "38.10% (P90)", "1.10%");
        assertThat(text(doc, "//section[@id='sensitivity']")).contains("Benefits may fall by: 41.20%", "10,000", "62,865.00");
        List<String> order = attributes(doc, "//main/section", "id");
        assertThat(order.subList(0, 3)).containsExactly("verdict", "summary", "profile");
        assertThat(order.indexOf("sensitivity")).isEqualTo(order.indexOf("financials") + 1);
    }

    @Test
    void withoutRanges_noSensitivitySection_summaryStillThere() throws Exception {
        Document doc = parse(HtmlReportWriter.render(REPORT));

        assertThat(nodes(doc, "//section[@id='sensitivity']").getLength()).isZero();
        assertThat(nodes(doc, "//svg[contains(@class,'tornado') or contains(@class,'distribution')]").getLength()).isZero();
        assertThat(nodes(doc, "//section[@id='summary']/ul/li").getLength()).isEqualTo(2);
    }

    @Test
    void zhCN_codesShownAsChineseWords() throws Exception {
        Document doc = parse(HtmlReportWriter.render(HtmlReportFixtures.withRanges("zh-CN")));

        assertThat(text(doc, "//section[@id='profile']/dl")).contains("零售", "中型", "SaaS 订阅", "8.00%")
                .doesNotContain("mid-size");
        assertThat(texts(doc, "//article//span[@class='pill']")).contains("警告", "提示");
        assertThat(texts(doc, "//table[@class='cost-breakdown']//td")).contains("软件许可", "培训", "数据迁移");
        assertThat(text(doc, "//section[@id='summary']")).contains("对 ROI 影响最大的因素：").doesNotContain("crmShare");
    }

    private static List<String> attributes(Document doc, String xpath, String attribute) throws Exception {
        NodeList list = nodes(doc, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(((Element) list.item(i)).getAttribute(attribute));
        }
        return out;
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(html)));
    }

    private static NodeList nodes(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    private static String text(Document doc, String xpath) throws Exception {
        return nodes(doc, xpath).item(0).getTextContent().trim();
    }

    private static List<String> texts(Document doc, String xpath) throws Exception {
        NodeList list = nodes(doc, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }
}

package io.roiassay.pdf;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.PdfRenderer;
import io.roiassay.engine.report.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class A4PdfRendererTest {

    private static RoiAssay assay;

    @BeforeAll
    static void engine() throws Exception {
        assay = RoiAssay.builder().build();
    }

    private static Report report(String example, String lang) throws Exception {
        return assay.engine().assess(new CaseReader().read(Path.of("../../examples", example)), lang);
    }

    @Test
    void aChineseReportIsA4WithItsChineseTextExtractable() throws Exception {
        Report report = report("acme-retail.yaml", "zh-CN");
        byte[] pdf = PdfRenderer.installed().render(report);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("投资回报评估").contains(report.caseId());
            assertThat(text).contains("结论");
        }
    }

    @Test
    void anEnglishReportCarriesItsHeadingsAndVerdict() throws Exception {
        Report report = report("vendor-claim-audit.yaml", "en");
        byte[] pdf = PdfRenderer.installed().render(report);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Verdict").contains(report.verdict().grade());
        }
    }

    @Test
    void theSameReportGivesTheSameBytes_noClockInTheFile() throws Exception {
        Report report = report("vendor-claim-audit.yaml", "zh-CN");
        byte[] first = PdfRenderer.installed().render(report);
        Thread.sleep(1_100); // a creation time in seconds would differ
        byte[] second = PdfRenderer.installed().render(report);

        assertThat(second).isEqualTo(first);
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("ROI Assay");
        }
        assertThat(PdfRenderer.installed().render(report("vendor-claim-audit.yaml", "en"))).isNotEqualTo(first);
    }

    @Test
    void aFontWithoutChineseIsRefused_notPrintedAsEmptyBoxes() {
        java.io.File latin = java.util.stream.Stream.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
                .map(java.io.File::new).filter(java.io.File::isFile).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(latin != null, "no Latin-only TrueType font installed");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CjkFont.open(latin)))
                .isInstanceOf(io.roiassay.engine.report.PdfUnavailableException.class)
                .hasMessageContaining("has no Chinese characters").hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void aCffFlavouredFontIsRefusedWithAnInstallHint() {
        java.io.File noto = new java.io.File("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(noto.isFile(), "Noto Sans CJK not installed");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CjkFont.open(noto)))
                .isInstanceOf(io.roiassay.engine.report.PdfUnavailableException.class)
                .hasMessageContaining("CFF").hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void assessFormatPdf_withoutAFont_exits1_sayingWhatToInstall(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        String before = System.getProperty(CjkFont.PROPERTY);
        System.setProperty(CjkFont.PROPERTY, tmp.resolve("missing.ttf").toString());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oldErr = System.err;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(io.roiassay.engine.cli.Cli.run("assess", "../../examples/acme-retail.yaml", "--format", "pdf",
                    "--out", tmp.resolve("r.pdf").toString())).isEqualTo(1);
        } finally {
            System.setErr(oldErr);
            if (before == null) {
                System.clearProperty(CjkFont.PROPERTY);
            } else {
                System.setProperty(CjkFont.PROPERTY, before);
            }
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("no such font file")
                .contains("apt-get install fonts-wqy-microhei").doesNotContain("unexpected error");
        assertThat(tmp.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void assessFormatPdfWritesTheFile(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.pdf");

        assertThat(io.roiassay.engine.cli.Cli.run("assess", "../../examples/acme-retail.yaml", "--format", "pdf",
                "--out", out.toString())).isZero();

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("华东某零售连锁");
        }
    }

    @Test
    void printHtmlResolvesCssVariablesAndAddsTheA4Page() {
        String html = "<style>:root { --ink: #111; --line: #ddd; }\nbody { color: var(--ink); border: 1px solid var(--line); }</style>"
                + "<svg class=\"chart cash-flow\" viewBox=\"0 0 10 10\"></svg>";
        String print = PrintHtml.of(html);
        assertThat(print).doesNotContain("var(--").contains("color: #111").contains("solid #ddd").contains("size: A4")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart cash-flow\"");
    }

    /**
     * No page ends with a heading or a table's header row whose content is on the next page (a review found the
     * "类别" header alone at the foot of page 10 and "From entered to adjusted ROI, step by step" at the foot of page
     * 7, its chart on page 8): headings stay with what follows, split tables repeat their header row.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"acme-retail.yaml,zh-CN", "vendor-claim-audit.yaml,en", "tcm-pharma-service.yaml,zh-CN"})
    void noPageEndsWithAHeadingOrATableHeaderAlone(String example, String lang) throws Exception {
        Report report = report(example, lang);
        String html = io.roiassay.engine.report.HtmlReportWriter.render(report);
        java.util.Set<String> headings = new java.util.HashSet<>();
        java.util.regex.Matcher h = java.util.regex.Pattern.compile("<h[1-4][^>]*>(.*?)</h[1-4]>").matcher(html);
        while (h.find()) {
            headings.add(plain(h.group(1)));
        }
        java.util.regex.Matcher head = java.util.regex.Pattern.compile("<thead><tr>(.*?)</tr></thead>").matcher(html);
        while (head.find()) {
            headings.add(plain(head.group(1).replace("</th><th", "</th> <th")));
        }
        assertThat(headings).hasSizeGreaterThan(10);
        byte[] pdfBytes = PdfRenderer.installed().render(report);
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                LowestLine lowest = new LowestLine();
                lowest.setStartPage(page);
                lowest.setEndPage(page);
                lowest.getText(doc);
                float height = doc.getPage(page - 1).getMediaBox().getHeight();
                // a chart's labels are drawn as shapes: a heading above a chart is the page's last text, high on it
                if (lowest.y > 0.8f * height) {
                    assertThat(headings).as("the last line of page %d of %s (%s), at %.0f of %.0f", page, example, lang,
                            lowest.y, height).doesNotContain(lowest.text);
                }
            }
        }
    }

    /** The text line lowest on a page (the page number excepted), and how far down it is. */
    private static final class LowestLine extends PDFTextStripper {
        String text = "";
        float y = -1;

        @Override
        protected void writeString(String line, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
            String t = line.strip().replaceAll("\\s+", " ");
            if (t.isEmpty() || t.matches("\\d+ / \\d+") || positions.isEmpty()) {
                return;
            }
            float lineY = positions.get(0).getYDirAdj();
            if (lineY > y) {
                y = lineY;
                text = t;
            } else if (lineY == y) {
                text = text + " " + t;
            }
        }
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }
}

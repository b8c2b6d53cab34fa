package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.ReportProfile;
import io.roiassay.engine.rules.RulePackException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The profile decision tables: built-in rows name their table row, an overlay table (CSV or XLSX) adds
 * or replaces a single row without copying the rest, and every built-in assumption names its source.
 */
class ProfileTablesTest {

    private static final Path TABLE = Path.of("../../rules/profiles/assumptions.drl.csv");

    @Test
    void builtIn_industryAssumption_namesItsTableRow() throws Exception {
        var report = Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), "en");
        ReportProfile.Assumption margin = report.profile().assumptions().get("typicalGrossMargin");
        assertThat(margin.value()).hasToString("0.30");
        assertThat(margin.rule().name()).isEqualTo("Industry profile: retail");
        assertThat(margin.rule().file()).isEqualTo("profiles/assumptions.drl.csv");
        assertThat(margin.row()).isEqualTo(11);
        ReportProfile.Assumption threshold = report.profile().assumptions().get("adoptionThreshold");
        assertThat(threshold.rule().name()).isEqualTo("Profile defaults");
        assertThat(threshold.row()).isEqualTo(10);
        ReportProfile.Assumption basis = report.profile().assumptions().get("deployment.basis");
        assertThat(basis.rule().file()).isEqualTo("profiles/deployment.drl");
        assertThat(basis.row()).isNull();
    }

    @Test
    void overlayCsvRow_replacesOneAssumptionOfOneIndustry_keepsTheRest(@TempDir Path dir) throws Exception {
        writeOverlayRow(dir.resolve("profiles/our-retail.drl.csv"), csv -> Files.writeString(dir.resolve("profiles/our-retail.drl.csv"), csv));
        assertOverlayRowApplied(dir, "profiles/our-retail.drl.csv");
    }

    @Test
    void overlayXlsxRow_worksLikeTheCsv(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("profiles/our-retail.drl.xlsx");
        writeOverlayRow(xlsx, csv -> writeXlsx(xlsx, csv));
        assertOverlayRowApplied(dir, "profiles/our-retail.drl.xlsx");
    }

    /** {@code csv} as a spreadsheet, as a consultant would save the table ("..." cells merged over their columns). */
    private static void writeXlsx(Path xlsx, String csv) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("profiles");
            String[] lines = csv.split("\n");
            for (int r = 0; r < lines.length; r++) {
                List<String> cells = io.roiassay.engine.rules.RuleFileTestAccess.cells(lines[r]);
                var row = sheet.createRow(r);
                int mergeFrom = -1;
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    if (text.endsWith("...")) { // the CSV's way of spanning a pattern over columns
                        if (mergeFrom < 0) {
                            mergeFrom = c;
                            row.createCell(c).setCellValue(text.substring(0, text.length() - 3));
                        }
                        continue;
                    }
                    if (mergeFrom >= 0) {
                        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, mergeFrom, c - 1));
                        mergeFrom = -1;
                    }
                    if (!text.isEmpty()) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            wb.write(out);
        }
    }

    /** The worked example of rules/README.md: the built-in table's header, renamed, and one row. */
    private static void writeOverlayRow(Path file, IoConsumer<String> write) throws Exception {
        writeOverlayRow(file, "0.28", write);
    }

    /** The same row with another margin cell. */
    private static void writeOverlayRow(Path file, String margin, IoConsumer<String> write) throws Exception {
        writeOverlayRow(file, "Our retail margin", "5", margin, write);
    }

    /** The same row with another rule name, salience (PRIORITY) and margin cell. */
    private static void writeOverlayRow(Path file, String name, String salience, String margin, IoConsumer<String> write)
            throws Exception {
        writeOverlayRow(file, name, salience, margin, write, null, null);
    }

    /** The same row with one more key's cell set. */
    private static void writeOverlayRow(Path file, String name, String salience, String margin, IoConsumer<String> write,
                                        String otherKey, String otherValue) throws Exception {
        List<String> lines = Files.readAllLines(TABLE);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            String line = i == 2 ? "Notes,Our retail figures"
                    : i == 4 ? "RuleTable Our retail figures" : lines.get(i);
            csv.append(line).append('\n');
        }
        List<String> keys = io.roiassay.engine.rules.RuleFileTestAccess.cells(lines.get(8));
        String[] row = new String[keys.size()];
        java.util.Arrays.fill(row, "");
        row[0] = name;
        row[1] = salience;
        row[2] = "retail";
        row[5] = "profile";
        int k = keys.indexOf("typicalGrossMargin");
        row[k] = margin;
        row[k + 1] = "our client's audited accounts 2025";
        if (otherKey != null) {
            row[keys.indexOf(otherKey)] = otherValue;
        }
        csv.append(String.join(",", row)).append('\n');
        Files.createDirectories(file.getParent());
        write.accept(csv.toString());
    }

    @Test
    void overlayRowReusingABuiltInRuleName_refusedAtTheOverlayRow_namingTheBuiltInRow(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("profiles/our-retail.drl.csv");
        writeOverlayRow(table, "Profile defaults", "5", "0.28", csv -> Files.writeString(table, csv));

        var e = catchThrowableOfType(RulePackException.class, () -> RoiAssay.builder().rulesOverlay(dir).build());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir + "/profiles/our-retail.drl.csv");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("rule name 'Profile defaults' is already used by"
                    + " rules/profiles/assumptions.drl.csv row 10 (package io.roiassay.rules.profiles): a rule name may"
                    + " appear once per package; give this rule a name of its own");
        });
    }

    @Test
    void overlayPriorityCellNotAWholeNumber_refusedAtItsFileRowAndCell(@TempDir Path dir) throws Exception {
        Path csvDir = dir.resolve("as-csv");
        Path table = csvDir.resolve("profiles/our-retail.drl.csv");
        writeOverlayRow(table, "Our retail margin", "high", "0.28", csv -> Files.writeString(table, csv));
        Path xlsxDir = dir.resolve("as-xlsx");
        Path xlsx = xlsxDir.resolve("profiles/our-retail.drl.xlsx");
        writeOverlayRow(xlsx, "Our retail margin", "high", "0.28", csv -> writeXlsx(xlsx, csv));

        for (Path overlay : List.of(csvDir, xlsxDir)) {
            var e = catchThrowableOfType(RulePackException.class, () -> RoiAssay.builder().rulesOverlay(overlay).build());
            assertThat(e.problems()).as(overlay.toString()).singleElement().satisfies(p -> {
                assertThat(p.file()).startsWith(overlay + "/profiles/our-retail.drl.");
                assertThat(p.line()).isEqualTo(10);
                assertThat(p.column()).isEqualTo(2);
                assertThat(p.message()).isEqualTo("the decision table cannot be read: Priority is not an integer literal (cell B10)");
            });
        }
    }

    @Test
    void overlayCellThatIsNotANumber_isRefusedWhenThePackLoads_namingTheCell(@TempDir Path dir) throws Exception {
        // refused before any case runs (it used to fail each retail case with Java's NumberFormatException text)
        Path table = dir.resolve("profiles/our-retail.drl.csv");
        writeOverlayRow(table, "abc", csv -> Files.writeString(table, csv));
        assertThat(catchThrowable(() -> RoiAssay.builder().rulesOverlay(dir).build()))
                .isInstanceOf(io.roiassay.engine.rules.RulePackException.class)
                .hasMessageEndingWith("/profiles/our-retail.drl.csv:10:38: error: the row \"Our retail margin\" gives G"
                        + " (typicalGrossMargin) as 'abc', which is not a number: write a number such as 0.28");
    }

    @Test
    void overlayShareTypedAsPercent_refusedNamingKeyValueRuleAndRow_notGradedAt3540Percent(@TempDir Path dir) throws Exception {
        assertThat(marginFailure(dir, "30")).isInstanceOf(io.roiassay.engine.rules.RuleExecutionException.class)
                .hasMessage("the profile rules set assumptions out of bounds or to unknown words: typicalGrossMargin = 30 is outside 0..1"
                        + " (a share: write 0.30 for 30 %), set by rule 'Our retail margin' (profiles/our-retail.drl.csv, row 10)");
        assertThat(marginFailure(dir, "-0.3")).hasMessageContaining("typicalGrossMargin = -0.3 is outside 0..1");
    }

    @Test
    void overlayTimingWordThatIsNotOne_refusedNamingTheWords_notReadAsOnce(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("profiles/our-retail.drl.csv");
        writeOverlayRow(table, "Our retail margin", "5", "0.28", csv -> Files.writeString(table, csv),
                "hiddenCost.training.timing", "yearly");
        var assay = RoiAssay.builder().rulesOverlay(dir).build();
        assertThat(catchThrowable(() -> assay.engine().assess(Examples.read("acme-retail.yaml"), "en")))
                .isInstanceOf(io.roiassay.engine.rules.RuleExecutionException.class)
                .hasMessage("the profile rules set assumptions out of bounds or to unknown words: hiddenCost.training.timing"
                        + " = 'yearly' is not one of once, annual, set by rule 'Our retail margin' (profiles/our-retail.drl.csv, row 10)");
    }

    /** What assessing acme-retail ends with when an overlay row sets the retail margin cell to {@code margin}. */
    private static Throwable marginFailure(Path dir, String margin) throws Exception {
        Path table = dir.resolve("profiles/our-retail.drl.csv");
        writeOverlayRow(table, margin, csv -> Files.writeString(table, csv));
        var assay = RoiAssay.builder().rulesOverlay(dir).build();
        return catchThrowable(() -> assay.engine().assess(Examples.read("acme-retail.yaml"), "en"));
    }

    private static void assertOverlayRowApplied(Path overlay, String file) throws Exception {
        var assay = RoiAssay.builder().rulesOverlay(overlay).build();
        var report = assay.engine().assess(Examples.read("acme-retail.yaml"), "en");
        Map<String, ReportProfile.Assumption> a = report.profile().assumptions();
        assertThat(a.get("typicalGrossMargin").value()).hasToString("0.28");
        assertThat(a.get("typicalGrossMargin").note()).isEqualTo("our client's audited accounts 2025");
        assertThat(a.get("typicalGrossMargin").rule().name()).isEqualTo("Our retail margin");
        assertThat(a.get("typicalGrossMargin").rule().file()).isEqualTo(file);
        assertThat(a.get("typicalGrossMargin").row()).isEqualTo(10);
        // the rest of the retail row and the defaults still come from the built-in table
        assertThat(a.get("hiddenCost.training.ratio").value()).hasToString("0.20");
        assertThat(a.get("hiddenCost.training.ratio").rule().name()).isEqualTo("Industry profile: retail");
        assertThat(a.get("adoptionThreshold").value()).hasToString("0.70");
    }

    @Test
    void everyBuiltInSource_namesADocumentAndYear_orSaysAssumption() throws Exception {
        Pattern sourced = Pattern.compile("^assumption\\b|\\b(19|20)\\d{2}\\b");
        for (Path table : List.of(TABLE, Path.of("../../rules/profiles/hourly-cost.drl.csv"))) {
            List<String> lines = Files.readAllLines(table);
            List<String> labels = io.roiassay.engine.rules.RuleFileTestAccess.cells(lines.get(8));
            for (int r = 9; r < lines.size(); r++) {
                List<String> cells = io.roiassay.engine.rules.RuleFileTestAccess.cells(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (labels.get(c).endsWith(" source") && !cells.get(c - 1).isEmpty()) {
                        assertThat(cells.get(c)).as(table + " row " + (r + 1) + " " + labels.get(c))
                                .containsPattern(sourced);
                    }
                }
            }
        }
    }

    @Test
    void builtInSources_citeNoSeedForARatioItDoesNotGive() throws Exception {
        String table = Files.readString(TABLE);
        // Seed 003 gives no ratios; seed 004 only 300,000 / 150,000 / 40,000 / 490,000.
        assertThat(table).doesNotContainPattern("seed 003 example|\\(seed 004 example\\)|seeds 003/004");
        assertThat(table).doesNotContain("order of magnitude of public sector averages");
    }

    /** A consumer that may throw. */
    interface IoConsumer<T> {
        void accept(T t) throws Exception;
    }
}

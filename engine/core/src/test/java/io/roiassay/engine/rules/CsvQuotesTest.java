package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A quote misplaced in a {@code .drl.csv} table made Drools compile the row into a rule with a generated name and
 * no phase, reported as a warning at "?"; it is an error at the file, line and column of the quote.
 */
class CsvQuotesTest {

    private static RuleFile table(String text) {
        return new RuleFile("profiles/mine.drl.csv", "/home/c/my-rules", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aQuoteInsideAnUnquotedCell_isAnErrorAtItsColumn_withTheCellLetter() {
        List<RuleProblem> p = CsvQuotes.check(table("RuleSet,x\n\nmine,40,any,USD,pro\"file,45\n"));

        assertThat(p).containsExactly(new RuleProblem("/home/c/my-rules/profiles/mine.drl.csv", 3, 20,
                "a quote inside cell E that does not start with one ('pro\"file'): write the whole cell in quotes and"
                        + " double each quote inside it, e.g. \"pro\"\"file\"", true));
    }

    @Test
    void aQuoteInsideAQuotedCell_endsItEarly_isAnErrorAtThatQuote_withTheCellQuotedRight() {
        // 0-based: the cell opens with a quote at 15; the quote after "audited " is at 24 (column 25)
        List<RuleProblem> p = CsvQuotes.check(table("x\nmine,5,retail,,\"audited \"2025\" accounts\",z\n"));

        assertThat(p).containsExactly(new RuleProblem("/home/c/my-rules/profiles/mine.drl.csv", 2, 25,
                "a quote inside the quoted cell E ends it early: inside a quoted cell write each quote twice, e.g."
                        + " \"audited \"\"2025\"\" accounts\"", true));
    }

    @Test
    void anUnclosedQuotedCell_isAnErrorAtItsOpeningQuote() {
        List<RuleProblem> p = CsvQuotes.check(table("a,b\nmine,\"$p.set(\"\"x\"\", 1);\n"));

        assertThat(p).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(6);
            assertThat(e.message()).startsWith("the quoted cell B is not closed on its line");
        });
    }

    @Test
    void wellQuotedCells_andTheBuiltInTables_pass() throws Exception {
        assertThat(CsvQuotes.check(table("a,\"industryIs(\"\"$param\"\")\",\"x, y\",\n"))).isEmpty();
        try (var files = Files.walk(Path.of("../../rules/profiles"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl.csv")).toList()) {
                assertThat(CsvQuotes.check(new RuleFile(p.getFileName().toString(), RuleSources.BUILT_IN,
                        Files.readAllBytes(p)))).as(p.toString()).isEmpty();
            }
        }
    }

    @Test
    void columnLetters_likeASpreadsheet() {
        assertThat(CsvQuotes.column(0)).isEqualTo("A");
        assertThat(CsvQuotes.column(25)).isEqualTo("Z");
        assertThat(CsvQuotes.column(26)).isEqualTo("AA");
        assertThat(CsvQuotes.column(27)).isEqualTo("AB");
    }

    @Test
    void theCompilerRefusesSuchATable_beforeDroolsMisreadsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path table = Files.createDirectories(dir.resolve("profiles")).resolve("hourly-cost.drl.csv");
        List<String> builtIn = Files.readAllLines(Path.of("../../rules/profiles/hourly-cost.drl.csv"));
        Files.writeString(table, String.join("\n", builtIn.subList(0, 8)) + "\nOurs,40,any,USD,pro\"file,45,a,b\n");

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> io.roiassay.engine.RoiAssay.builder().rulesOverlay(dir).build());

        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(table
                + ":9:20: error: a quote inside cell E that does not start with one ('pro\"file'): write the whole cell"
                + " in quotes and double each quote inside it, e.g. \"pro\"\"file\"");
    }
}

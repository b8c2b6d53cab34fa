package io.roiassay.engine.caseio;

import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Less common inputs: each still gets a located, worded error rather than an exception trace. */
class CaseReaderEdgeTest {

    private static final String HEAD = "format: roi-assay/case-1\nid: edge\ncurrency: CNY\ncompany: {industry: x}\n";

    private final CaseReader reader = new CaseReader();

    private List<CaseError> errors(String content, boolean json) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(content, "edge", json));
        assertThat(e).as("should fail:%n%s", content).isNotNull();
        return e.errors();
    }

    private CaseError only(String yaml) {
        List<CaseError> errors = errors(yaml, false);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void read_unknownIndustry_isNotAnError() throws CaseException {
        Case c = reader.read(HEAD.replace("industry: x", "industry: 宇宙探索") + "costs: []\n", "edge", false);

        assertThat(c.company().industry()).isEqualTo("宇宙探索");
    }

    @Test
    void read_decimalForInteger_failsAtBinding() {
        CaseError e = only(HEAD + "deployment: {licensedUsers: 3.0}\ncosts: []\n");

        assertThat(e.path()).isEqualTo("deployment.licensedUsers");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.message()).isEqualTo("expected an integer (without a decimal point), got 3.0");
    }

    @Test
    void read_statedOnceWithEndYear_ignoresEndYear_asTheSpecSays() throws Exception {
        Case c = new CaseReader().read(HEAD + "costs:\n  - category: training\n    amount: 5\n    recurrence: once\n"
                + "    endYear: 2\n", "case.yaml", false);

        assertThat(io.roiassay.engine.finance.Schedules.expand(c.costs().get(0), 3))
                .extracting(BigDecimal::toPlainString).containsExactly("5", "0", "0", "0");
        // ignored, so not checked against the horizon either
        new CaseReader().read(HEAD + "costs:\n  - {category: training, amount: 5, recurrence: once, endYear: 9}\n",
                "case.yaml", false);
    }

    @Test
    void read_endYearWithRecurrenceLeftToItsDefault_isAnError() {
        CaseError e = only(HEAD + "costs:\n  - category: training\n    amount: 5\n    endYear: 2\n");

        assertThat(e.path()).isEqualTo("costs[0].endYear");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.message()).startsWith("endYear is given but recurrence defaults to once");
    }

    @Test
    void read_hoursThatValueBeyondTheAmountLimit_areAnError_notAReportOf1e32Percent() {
        CaseError many = only(HEAD + "costs: []\nbenefits:\n  - {basis: time-saved, hours: 1e15, recurrence: annual}\n");
        assertThat(many.path()).isEqualTo("benefits[0].hours");
        assertThat(many.message()).isEqualTo("hours 1000000000000000 a year is beyond 100000000 (about 50,000 full-time"
                + " staff); give the hours one CRM saves a year");

        CaseError dear = only(HEAD + "costs: []\nbenefits:\n  - {basis: time-saved, hours: 1000000, recurrence: annual}\n"
                + "assumptions: {loadedHourlyCost: 1e12}\n");
        assertThat(dear.path()).isEqualTo("benefits[0].hours");
        assertThat(dear.message()).isEqualTo("hours 1000000 × assumptions.loadedHourlyCost 1000000000000 is beyond"
                + " the limit of ±1e15 a year");
    }

    @Test
    void read_aDocumentOfNull_isNoCaseObject_notAnEmptyFile() {
        // a batch line `null` was reported as "the file is empty"
        assertThat(only("null\n").message()).isEqualTo("the top level must be an object of case fields, got null");
        assertThat(only("# nothing but a comment\n").message()).isEqualTo("the file is empty; expected a case object");
        assertThat(only("---\n").message()).isEqualTo("the file is empty; expected a case object");
        assertThat(only("\"\"\n").message()).isEqualTo("the top level must be an object of case fields, got a string");
    }

    @Test
    void read_endYearBeyondHorizon_namesHorizon() {
        CaseError e = only(HEAD + "horizon: {years: 2}\ncosts:\n  - {category: other, amount: 5, "
                + "recurrence: annual, endYear: 4}\n");

        assertThat(e.path()).isEqualTo("costs[0].endYear");
        assertThat(e.message()).isEqualTo("endYear 4 is after the horizon's last year (2)");
    }

    @Test
    void read_duplicateCostIds_namesFirstUse() {
        CaseError e = only(HEAD + "costs:\n  - {id: a, category: other, amount: 1}\n"
                + "  - {id: a, category: training, amount: 2}\n");

        assertThat(e.path()).isEqualTo("costs[1].id");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.message()).isEqualTo("duplicate id 'a' (already used by costs[0])");
    }

    @Test
    void read_hoursOnRevenueBenefit_isAnError() {
        CaseError e = only(HEAD + "costs: []\nbenefits:\n  - {basis: revenue, amount: 10, hours: 3}\n");

        assertThat(e.path()).isEqualTo("benefits[0].hours");
        assertThat(e.message()).contains("only allowed for a benefit with basis time-saved");
    }

    @Test
    void read_timeSavedWithHoursOnly_isValid() throws CaseException {
        Case c = reader.read(HEAD + "costs: []\nbenefits:\n  - {basis: 节省时间, hours: 2.5}\n", "edge", false);

        assertThat(c.benefits().get(0).hours()).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void read_rampUpLongerThanHorizon_isAnError() {
        CaseError e = only(HEAD + "costs: []\nassumptions: {rampUp: [0.5, 1, 1, 1]}\n");

        assertThat(e.path()).isEqualTo("assumptions.rampUp");
        assertThat(e.message()).isEqualTo("rampUp has 4 values but the horizon has 3 years");
    }

    @Test
    void read_badKpiKey_describesTheExpectedName() {
        CaseError e = only(HEAD + "costs: []\nkpis:\n  sales:\n    before: {Closed deals: 3}\n");

        assertThat(e.path()).isEqualTo("kpis.sales.before[\"Closed deals\"]");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.message()).startsWith("invalid key 'Closed deals' (expected a camelCase name");
    }

    @Test
    void read_jsonTrailingContent_isAnError() {
        List<CaseError> errors = errors("{\"id\": \"x\"} {", true);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).isEqualTo("unexpected content after the end of the case object");
        });
    }

    @Test
    void read_jsonDuplicateKey_namesKey() {
        List<CaseError> errors = errors("{\"id\": \"x\",\n \"id\": \"y\"}", true);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("id");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).startsWith("duplicate key 'id'");
        });
    }

    @Test
    void read_secondYamlDocument_isAnError() {
        CaseError e = only(HEAD + "costs: []\n---\nid: other\n");

        assertThat(e.line()).as("the second document's first key").isEqualTo(7);
        assertThat(e.message()).contains("second YAML document");
    }

    @Test
    void read_topLevelList_isAnError() {
        CaseError e = only("- a\n- b\n");

        assertThat(e.path()).isEqualTo("(root)");
        assertThat(e.message()).isEqualTo("the top level must be an object of case fields, got a list");
    }

    @Test
    void read_byteOrderMark_isIgnored() throws CaseException {
        Case c = reader.read("\uFEFF" + HEAD + "costs: []\n", "edge", false);

        assertThat(c.id()).isEqualTo("edge");
    }

    @Test
    void read_wrongFormat_quotesExpectedFormat() {
        CaseError e = only(HEAD.replace("case-1", "case-9") + "costs: []\n");

        assertThat(e.path()).isEqualTo("format");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.message()).isEqualTo("expected 'roi-assay/case-1', got 'roi-assay/case-9'");
    }

    @Test
    void read_sharedReaderAcrossThreads_givesSameResult() throws Exception {
        String yaml = HEAD + "costs:\n  - {category: 培训, amount: 0.10}\n";
        List<Thread> threads = new java.util.ArrayList<>();
        List<Object> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    results.add(reader.read(yaml, "edge", false).costs().get(0).amount());
                } catch (CaseException e) {
                    results.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(results).hasSize(8).containsOnly(new BigDecimal("0.10"));
    }
}

package io.roiassay.engine.caseio;

import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Values a hardening review found accepted or explained badly: a measuredAt the calendar does not have (2025-02-31),
 * a measuredAt answered with the schema's regular expression, and an empty schedule read as a cost of nothing.
 */
class DatesAndSchedulesTest {

    private final CaseReader reader = new CaseReader();

    private static String caseWith(String costs, String benefits, String kpis) {
        return "{\"format\": \"roi-assay/case-1\", \"id\": \"dates\", \"currency\": \"CNY\","
                + " \"company\": {\"industry\": \"retail\"}, \"costs\": [" + costs + "], \"benefits\": [" + benefits + "]"
                + (kpis == null ? "" : ", \"kpis\": " + kpis) + "}";
    }

    private static final String COST = "{\"category\": \"subscription\", \"amount\": 100, \"recurrence\": \"annual\"}";

    private static String measured(String date) {
        return "{\"basis\": \"cost-saving\", \"amount\": 500, \"recurrence\": \"annual\", \"source\": \"measured\","
                + " \"measuredAt\": \"" + date + "\"}";
    }

    private List<CaseError> errors(String json) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(json, "case.json", true));
        assertThat(e).as("the case should be refused").isNotNull();
        return e.errors();
    }

    @Test
    void aDayTheMonthDoesNotHave_isRefusedAtItsPath() {
        assertThat(errors(caseWith(COST, measured("2025-02-31"), null))).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("benefits[0].measuredAt");
            assertThat(e.message()).isEqualTo("'2025-02-31' is not a date of the calendar (2025-02 has no day 31)");
        });
        String kpis = "{\"sales\": {\"source\": \"measured\", \"measuredAt\": \"2023-02-29\", \"before\": {}, \"after\": {}}}";
        assertThat(errors(caseWith(COST, measured("2025-06"), kpis))).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("kpis.sales.measuredAt"));
    }

    @Test
    void realDatesAndYearMonths_areRead() throws Exception {
        Case c = reader.read(caseWith(COST, measured("2024-02-29") + ", " + measured("2025-06"), null), "case.json", true);
        assertThat(c.benefits()).extracting(b -> b.measuredAt()).containsExactly("2024-02-29", "2025-06");
    }

    @Test
    void aMonthThirteen_isExplainedInWords_notAsARegularExpression() {
        assertThat(errors(caseWith(COST, measured("2025-13"), null))).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("expected an ISO year-month or date (YYYY-MM or YYYY-MM-DD, e.g. 2025-06), got '2025-13'")
                .doesNotContain("^"));
    }

    @Test
    void anEmptySchedule_isRefused_notACostOfNothing() {
        assertThat(errors(caseWith("{\"category\": \"license\", \"schedule\": []}", measured("2025-06"), null)))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("costs[0].schedule");
                    assertThat(e.message()).isEqualTo("expected a list of at least 1 value, got 0");
                });
    }
}

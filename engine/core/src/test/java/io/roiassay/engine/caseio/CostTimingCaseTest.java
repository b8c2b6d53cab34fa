package io.roiassay.engine.caseio;

import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.CostTiming;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code costs[].timing}: read with its default, aliases accepted, bad values named by field path. */
class CostTimingCaseTest {

    private final CaseReader reader = new CaseReader();

    private static String caseWithCost(String cost) {
        return "{\"format\": \"roi-assay/case-1\", \"id\": \"timing\", \"currency\": \"CNY\","
                + " \"company\": {\"industry\": \"retail\"}, \"costs\": [" + cost + "]}";
    }

    private List<CaseError> errors(String cost) {
        CaseException e = catchThrowableOfType(CaseException.class,
                () -> reader.read(caseWithCost(cost), "case.json", true));
        assertThat(e).isNotNull();
        return e.errors();
    }

    @Test
    void timing_absent_defaultsToArrears() throws Exception {
        Case c = reader.read(caseWithCost("{\"category\": \"subscription\", \"amount\": 100, \"recurrence\": \"annual\"}"),
                "case.json", true);
        assertThat(c.costs().get(0).timing()).isNull();
        assertThat(c.costs().get(0).effectiveTiming()).isEqualTo(CostTiming.ARREARS);
        assertThat(c.costs().get(0).paidAtYearStart()).isFalse();
    }

    @Test
    void timing_advanceAndChineseAlias_bind() throws Exception {
        Case c = reader.read(caseWithCost("{\"category\": \"subscription\", \"amount\": 100, \"recurrence\": \"annual\","
                + " \"timing\": \"advance\"}, {\"category\": \"maintenance\", \"amount\": 10, \"recurrence\": \"annual\","
                + " \"timing\": \"预付\"}"), "case.json", true);
        assertThat(c.costs()).extracting(cost -> cost.timing()).containsExactly(CostTiming.ADVANCE, CostTiming.ADVANCE);
        assertThat(c.costs().get(0).paidAtYearStart()).isTrue();
    }

    @Test
    void timing_unknownValue_namesTheFieldPath() {
        List<CaseError> errors = errors("{\"category\": \"subscription\", \"amount\": 100, \"recurrence\": \"annual\","
                + " \"timing\": \"upfront\"}");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path()).isEqualTo("costs[0].timing");
        assertThat(errors.get(0).message()).contains("advance", "arrears");
    }

    @Test
    void timing_advanceOnAOneOffOrScheduledCost_isRefusedWithTheFieldPath() {
        List<CaseError> once = errors("{\"category\": \"license\", \"amount\": 100, \"timing\": \"advance\"}");
        assertThat(once).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("costs[0].timing");
            assertThat(e.message()).contains("recurring");
        });
        List<CaseError> schedule = errors("{\"category\": \"subscription\", \"schedule\": [0, 100], \"timing\": \"advance\"}");
        assertThat(schedule).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("costs[0].timing"));
    }

    @Test
    void timing_arrearsOnAOneOffCost_isHarmlessAndAccepted() throws Exception {
        Case c = reader.read(caseWithCost("{\"category\": \"license\", \"amount\": 100, \"timing\": \"arrears\"}"),
                "case.json", true);
        assertThat(c.costs().get(0).effectiveTiming()).isEqualTo(CostTiming.ARREARS);
    }
}

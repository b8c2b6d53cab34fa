package io.roiassay.engine.workflow;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.caseio.CaseReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every scenario shipped under rules/tests/ through the same runner as {@code assay rules test}. */
class BuiltInScenariosTest {

    @Test
    void builtInScenarios_allPass() throws Exception {
        RoiAssay assay = RoiAssay.builder().build();
        ScenarioSuite suite = ScenarioSuite.load(assay.engine().rules().files(), new CaseReader());
        assertThat(suite.errors()).as("invalid scenario files").isEmpty();
        assertThat(suite.fileCount()).as("scenario files shipped in rules/tests").isGreaterThanOrEqualTo(25);
        List<ScenarioResult> results = suite.run(assay.engine());
        String failures = results.stream().filter(r -> !r.passed()).map(ScenarioSuite::describe).collect(Collectors.joining());
        assertThat(failures).as(ScenarioSuite.summary(results)).isEmpty();
        assertThat(results).hasSizeGreaterThanOrEqualTo(50);
    }
}

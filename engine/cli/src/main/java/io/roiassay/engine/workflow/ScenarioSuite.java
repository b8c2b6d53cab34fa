package io.roiassay.engine.workflow;

import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.rules.RuleFile;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios of a rule pack (built-in plus overlay) read from their files, with the problems of the
 * invalid ones; run them with {@link #run}. Used by {@code assay rules test} and by the build's JUnit test.
 */
public final class ScenarioSuite {

    private final int fileCount;
    private final List<Scenario> scenarios;
    private final List<ScenarioError> errors;

    private ScenarioSuite(int fileCount, List<Scenario> scenarios, List<ScenarioError> errors) {
        this.fileCount = fileCount;
        this.scenarios = List.copyOf(scenarios);
        this.errors = List.copyOf(errors);
    }

    /** Reads every scenario file among the pack files. */
    public static ScenarioSuite load(List<RuleFile> packFiles, CaseReader caseReader) {
        ScenarioReader reader = new ScenarioReader(caseReader, packFiles);
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioError> errors = new ArrayList<>();
        List<RuleFile> files = ScenarioRunner.scenarioFiles(packFiles);
        for (RuleFile f : files) {
            scenarios.addAll(reader.read(f, errors));
        }
        return new ScenarioSuite(files.size(), scenarios, errors);
    }

    /** How many scenario files were read. */
    public int fileCount() {
        return fileCount;
    }

    /** The valid scenarios, in file order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The problems of invalid scenario files (file and line each). */
    public List<ScenarioError> errors() {
        return errors;
    }

    /**
     * Runs every valid scenario, on every core (the engine is thread-safe; each scenario is its own case), and gives
     * the results in file order. A pack whose rules run away fails each scenario only after the firing limit: on
     * two cores the built-in suite then takes half as long.
     */
    public List<ScenarioResult> run(AssessmentEngine engine) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        return scenarios.parallelStream().map(runner::run).toList();
    }

    /** A failed scenario as text: file and name on the first line, one indented line per failed expectation. */
    public static String describe(ScenarioResult r) {
        StringBuilder b = new StringBuilder("FAIL ").append(r.scenario().file()).append(':').append(r.scenario().line())
                .append(": ").append(r.scenario().name()).append('\n');
        r.failures().forEach(f -> b.append("  ").append(f).append('\n'));
        return b.toString();
    }

    /** The summary line CI tools read: {@code N passed, M failed}. */
    public static String summary(List<ScenarioResult> results) {
        long passed = results.stream().filter(ScenarioResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }
}

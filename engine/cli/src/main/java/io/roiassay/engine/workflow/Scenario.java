package io.roiassay.engine.workflow;

import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.model.Case;

/**
 * One rule scenario: a case, how it is assessed (the Monte Carlo draws; none unless the scenario asks) and what the
 * report must show for it.
 *
 * @param file   the scenario file as a user would open it ({@code rules/tests/…} or the overlay path)
 * @param line   the line of the {@code scenario:} key
 * @param name   the scenario's name
 * @param theCase the case, validated like any case file
 * @param expect what the report must show
 * @param options the draws and seed ({@code draws:}, {@code seed:}; {@link AssessOptions#NO_DRAWS} when not given)
 */
public record Scenario(String file, int line, String name, Case theCase, Expectation expect, AssessOptions options) {

    /** A scenario without draws. */
    public Scenario(String file, int line, String name, Case theCase, Expectation expect) {
        this(file, line, name, theCase, expect, AssessOptions.NO_DRAWS);
    }
}

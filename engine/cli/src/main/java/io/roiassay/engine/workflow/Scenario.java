package io.roiassay.engine.workflow;

import io.roiassay.engine.model.Case;

/**
 * One rule scenario: a case and what the report must show for it.
 *
 * @param file   the scenario file as a user would open it ({@code rules/tests/…} or the overlay path)
 * @param line   the line of the {@code scenario:} key
 * @param name   the scenario's name
 * @param theCase the case, validated like any case file
 * @param expect what the report must show
 */
public record Scenario(String file, int line, String name, Case theCase, Expectation expect) {
}

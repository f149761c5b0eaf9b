package org.stepwise.grading;

import tools.jackson.databind.JsonNode;

/**
 * One case of an exercise: arrange (the world's set-up), act (run the program), assert (the
 * expectation, which may be empty when the world works the goal out from the set-up).
 *
 * @param visible whether students may watch their program on this case; hidden cases only say passed or failed
 */
public record TestCase(String name, boolean visible, JsonNode setup, JsonNode expect) {
}

package org.stepwise.world;

import java.util.List;
import org.stepwise.program.BlockShapes;
import org.stepwise.program.Message;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import tools.jackson.databind.JsonNode;

/**
 * A kind of world (calendar, building…): makes worlds from a case's set-up and judges the end
 * of a run against the case's expectation.
 */
public interface WorldType {

    /** The id used in exercise files: {@code calendar}, {@code building}, {@code pattern}, {@code sorting}, {@code answer}. */
    String id();

    /** The world's own blocks, as the parser needs them. */
    BlockShapes blocks();

    /** The Blockly JSON definitions of the world's blocks, exactly as the browser loads them. */
    String blockDefinitions();

    /**
     * A fresh world for one run.
     *
     * @param setup the case's "arrange" part (start day, map, cards…)
     * @throws SetupException naming the field that is missing or wrong
     */
    World create(JsonNode setup);

    /**
     * Whether the run reached the goal. {@code expect} is the case's "assert" part; it may be empty
     * when the world can work the goal out from the set-up (the right weekday, sorted cards).
     *
     * @param printed what the program printed
     * @return met or not, with a sentence a 10-year-old understands, e.g. "Starting on Friday, 100
     *         days later is Sunday, but your program said Saturday."
     */
    Goal check(JsonNode setup, JsonNode expect, WorldState finalState, List<String> printed);

    /** Describes a case's set-up in plain words ("Start on Friday and count 100 days."). */
    Message describeSetup(JsonNode setup);

    /** The verdict on a run. */
    record Goal(boolean met, Message message) {
    }
}

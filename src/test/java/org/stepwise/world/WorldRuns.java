package org.stepwise.world;

import java.util.Map;
import org.stepwise.program.Interpreter;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.RunOptions;
import org.stepwise.program.RunResult;
import org.stepwise.program.Value;
import org.stepwise.program.WorldCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Runs workspaces on worlds the way grading will: parse with the world's blocks, run, check. */
public final class WorldRuns {

    public static final JsonNode NO_EXPECTATION = JsonNodeFactory.instance.objectNode();

    private WorldRuns() {
    }

    /** A run and the verdict on it. */
    public record Checked(RunResult result, WorldType.Goal goal) {
    }

    public static RunResult run(WorldType type, JsonNode setup, String workspace) throws ProgramException {
        return Interpreter.run(new ProgramParser(type.blocks()).parse(workspace), type.create(setup), RunOptions.defaults());
    }

    public static Checked runAndCheck(WorldType type, JsonNode setup, JsonNode expect, String workspace) throws ProgramException {
        RunResult result = run(type, setup, workspace);
        return new Checked(result, type.check(setup, expect, result.finalState(), result.printed()));
    }

    public static Checked runAndCheck(WorldType type, JsonNode setup, String workspace) throws ProgramException {
        return runAndCheck(type, setup, NO_EXPECTATION, workspace);
    }

    /** A use of a world block without settings or inputs. */
    public static WorldCall call(String type) {
        return new WorldCall("test-block", type, Map.of(), Map.of());
    }

    public static WorldCall call(String type, String field, String value) {
        return new WorldCall("test-block", type, Map.of(field, value), Map.of());
    }

    public static WorldCall callWith(String type, String input, Value value) {
        return new WorldCall("test-block", type, Map.of(), Map.of(input, value));
    }
}

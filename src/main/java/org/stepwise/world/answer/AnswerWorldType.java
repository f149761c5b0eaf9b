package org.stepwise.world.answer;

import java.util.List;
import java.util.Set;
import org.stepwise.program.BlockShapes;
import org.stepwise.program.Message;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import org.stepwise.world.SetupReader;
import org.stepwise.world.WorldBlocks;
import org.stepwise.world.WorldMessages;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

/**
 * Word problems: the inputs arrive as variables, the program works out one answer.
 *
 * <p>Set-up: {@code {"inputs": {"celsius": 100, "name": "Ana"}}} — each input is a number, a text,
 * true or false, or a list of those; a program variable of the same name (ignoring case) starts
 * with it. {@code inputs} may be left out. Expectation: {@code {"answer": 212}}, required.
 *
 * <p>An answer counts when it equals the expected one: numbers exactly or within 1e-9 relative
 * (so 0.1 + 0.2 is 0.3); texts ignoring surrounding spaces and case; a text that is the expected
 * number (a program that joined it into a text) or a number whose text is the expected text;
 * lists item by item.
 *
 * <p>Block: {@code answer_give} (value input {@code VALUE}: the answer; a later answer replaces an
 * earlier one).
 */
public final class AnswerWorldType implements WorldType {

    public static final String ID = "answer";
    static final String GIVE = "answer_give";

    private final WorldBlocks blocks = WorldBlocks.load(ID, Set.of(GIVE));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BlockShapes blocks() {
        return blocks.shapes();
    }

    @Override
    public String blockDefinitions() {
        return blocks.definitions();
    }

    @Override
    public World create(JsonNode setup) {
        return new AnswerWorld(AnswerSetup.read(setup));
    }

    /** @throws org.stepwise.world.SetupException when {@code expect} has no "answer" */
    @Override
    public Goal check(JsonNode setup, JsonNode expect, WorldState finalState, List<String> printed) {
        AnswerSetup s = AnswerSetup.read(setup);
        Datum expected = expected(expect);
        if (!(finalState instanceof AnswerState state)) {
            throw new IllegalArgumentException("not an answer state: " + finalState);
        }
        boolean inputs = !s.inputs().isEmpty();
        String suffix = inputs ? "" : ".no-inputs";
        Object forInputs = inputs ? s.inWords() : "";
        Datum given = state.answer();
        if (given == null) {
            if (!printed.isEmpty()) {
                return new Goal(false, WorldMessages.of("answer.goal.only-printed" + suffix, forInputs, expected.inMessage(), printed.getLast()));
            }
            return new Goal(false, WorldMessages.of("answer.goal.no-answer" + suffix, forInputs, expected.inMessage()));
        }
        boolean met = Datum.matches(expected, given);
        return new Goal(met, WorldMessages.of((met ? "answer.goal.met" : "answer.goal.wrong") + suffix, forInputs,
                expected.inMessage(), given.inMessage()));
    }

    private static Datum expected(JsonNode expect) {
        JsonNode answer = expect == null ? null : expect.path("answer");
        if (answer == null || answer.isMissingNode() || answer.isNull()) {
            throw SetupReader.problem("expect.answer", "answer.expect.missing", "{\"answer\": 212}");
        }
        return Datum.read(answer, "expect.answer");
    }

    @Override
    public Message describeSetup(JsonNode setup) {
        AnswerSetup s = AnswerSetup.read(setup);
        return s.inputs().isEmpty() ? WorldMessages.of("answer.setup.no-inputs") : WorldMessages.of("answer.setup", s.inWords());
    }
}

package org.stepwise.world.pattern;

import java.util.List;
import java.util.Set;
import org.stepwise.program.BlockShapes;
import org.stepwise.program.Message;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldBlocks;
import org.stepwise.world.WorldMessages;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

/**
 * The pattern: beads placed one after another in a row must copy a pattern. With a block limit
 * (set by the exercise, checked by grading) a long pattern needs a loop.
 *
 * <p>Set-up: {@code {"target": ["red", "blue", "red", "blue"], "colours": ["red", "blue", "yellow"]}}
 * — {@code target} is the row to make (1 to 200 beads); {@code colours} (may be left out: all six)
 * are the colours there are beads of, so that a distracting colour can be offered. Colours are red,
 * blue, yellow, green, purple and orange, in any case. The goal needs no expectation: the row must
 * equal the target; {@code expect} is not used.
 *
 * <p>Blocks: {@code pattern_place} (dropdown {@code COLOUR}: RED … ORANGE; a bead of a colour not
 * offered, or one more than the pattern has, is a FAILURE), {@code pattern_count} (beads placed so
 * far) and {@code pattern_target_length} (beads in the pattern).
 */
public final class PatternWorldType implements WorldType {

    public static final String ID = "pattern";
    static final String PLACE = "pattern_place";
    static final String COUNT = "pattern_count";
    static final String TARGET_LENGTH = "pattern_target_length";

    private final WorldBlocks blocks = WorldBlocks.load(ID, Set.of(PLACE, COUNT, TARGET_LENGTH));

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
        return new PatternWorld(PatternSetup.read(setup));
    }

    @Override
    public Goal check(JsonNode setup, JsonNode expect, WorldState finalState, List<String> printed) {
        List<Colour> target = PatternSetup.read(setup).target();
        if (!(finalState instanceof PatternState state)) {
            throw new IllegalArgumentException("not a pattern state: " + finalState);
        }
        List<Colour> beads = state.beads();
        if (beads.isEmpty()) {
            return new Goal(false, WorldMessages.of("pattern.goal.empty", target.size(), Colour.row(target)));
        }
        for (int i = 0; i < beads.size(); i++) {
            if (beads.get(i) != target.get(i)) {
                return new Goal(false, WorldMessages.of("pattern.goal.wrong-bead", i + 1, target.get(i).inWords(), beads.get(i).inWords()));
            }
        }
        if (beads.size() < target.size()) {
            return new Goal(false, WorldMessages.of("pattern.goal.too-short", beads.size(), target.size(), beads.size() + 1,
                    target.get(beads.size()).inWords()));
        }
        return new Goal(true, WorldMessages.of("pattern.goal.met", Colour.row(target)));
    }

    @Override
    public Message describeSetup(JsonNode setup) {
        List<Colour> target = PatternSetup.read(setup).target();
        return WorldMessages.of("pattern.setup", target.size(), Colour.row(target));
    }
}

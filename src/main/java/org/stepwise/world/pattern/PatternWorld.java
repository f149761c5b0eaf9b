package org.stepwise.world.pattern;

import java.util.List;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldException;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldCalls;
import org.stepwise.world.WorldMessages;

/** One run's row of beads. */
final class PatternWorld implements World {

    private PatternState state;

    PatternWorld(PatternSetup setup) {
        this.state = new PatternState(List.of(), setup.target(), setup.colours());
    }

    @Override
    public void perform(WorldCall call) {
        if (!call.type().equals(PatternWorldType.PLACE)) {
            throw WorldCalls.unknownBlock(call);
        }
        Colour bead = WorldCalls.field(call, "COLOUR", Colour.class);
        if (!state.colours().contains(bead)) {
            throw new WorldException(WorldMessages.of("pattern.no-such-beads", bead.inWords(),
                    WorldMessages.listInWords(Colour.inWords(state.colours()))), true);
        }
        if (state.full()) {
            throw new WorldException(WorldMessages.of("pattern.full", state.target().size()), true);
        }
        state = state.placed(bead);
    }

    @Override
    public Value sense(WorldCall call) {
        return switch (call.type()) {
            case PatternWorldType.COUNT -> Value.of(state.beads().size());
            case PatternWorldType.TARGET_LENGTH -> Value.of(state.target().size());
            default -> throw WorldCalls.unknownBlock(call);
        };
    }

    @Override
    public WorldState state() {
        return state;
    }
}

package org.stepwise.world.sorting;

import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldException;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldCalls;
import org.stepwise.world.WorldMessages;

/** One run's row of cards. */
final class SortingWorld implements World {

    private final CardOrder order = new CardOrder();
    private SortingState state;

    SortingWorld(SortingSetup setup) {
        this.state = new SortingState(setup.cards(), 0, 0, 0);
    }

    @Override
    public void perform(WorldCall call) {
        switch (call.type()) {
            case SortingWorldType.MOVE_RIGHT -> {
                if (state.atLast()) {
                    throw failure("sorting.no-right");
                }
                state = state.movedTo(state.pointer() + 1);
            }
            case SortingWorldType.MOVE_LEFT -> {
                if (state.pointer() == 0) {
                    throw failure("sorting.no-left");
                }
                state = state.movedTo(state.pointer() - 1);
            }
            case SortingWorldType.MOVE_TO_START -> state = state.pointer() == 0 ? state : state.movedTo(0);
            case SortingWorldType.SWAP -> {
                if (state.atLast()) {
                    throw failure("sorting.no-next");
                }
                state = state.swapped();
            }
            default -> throw WorldCalls.unknownBlock(call);
        }
    }

    @Override
    public Value sense(WorldCall call) {
        return switch (call.type()) {
            case SortingWorldType.IS_BIGGER -> {
                if (state.atLast()) {
                    yield Value.FALSE;
                }
                boolean bigger = order.compare(state.cards().get(state.pointer()), state.cards().get(state.pointer() + 1)) > 0;
                state = state.compared();
                yield Value.of(bigger);
            }
            case SortingWorldType.AT_LAST -> Value.of(state.atLast());
            case SortingWorldType.CARD_COUNT -> Value.of(state.cards().size());
            case SortingWorldType.POSITION -> Value.of(state.pointer() + 1);
            default -> throw WorldCalls.unknownBlock(call);
        };
    }

    private static WorldException failure(String key) {
        return new WorldException(WorldMessages.of(key), true);
    }

    @Override
    public WorldState state() {
        return state;
    }
}

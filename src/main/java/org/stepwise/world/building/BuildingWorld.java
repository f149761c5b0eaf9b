package org.stepwise.world.building;

import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldException;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldCalls;
import org.stepwise.world.WorldMessages;

/** One run's walk through a building. */
final class BuildingWorld implements World {

    private BuildingState state;

    BuildingWorld(FloorPlan plan) {
        this.state = new BuildingState(plan, plan.start(), plan.facing(), 0);
    }

    @Override
    public void perform(WorldCall call) {
        switch (call.type()) {
            case BuildingWorldType.MOVE_FORWARD -> {
                Cell next = state.at().ahead(state.facing());
                if (!state.plan().walkable(next)) {
                    throw new WorldException(WorldMessages.of("building.bump"), true);
                }
                state = state.movedTo(next);
            }
            case BuildingWorldType.TURN -> state = state.turned(WorldCalls.field(call, "DIRECTION", Turn.class));
            default -> throw WorldCalls.unknownBlock(call);
        }
    }

    @Override
    public Value sense(WorldCall call) {
        FloorPlan plan = state.plan();
        return switch (call.type()) {
            case BuildingWorldType.PATH_AHEAD -> Value.of(plan.walkable(state.at().ahead(state.facing())));
            case BuildingWorldType.SIGN_HERE -> Value.of(plan.signAt(state.at()) != null);
            case BuildingWorldType.SIGN_POINTS -> {
                Compass wanted = WorldCalls.field(call, "DIRECTION", Relative.class).from(state.facing());
                Sign sign = plan.signAt(state.at());
                yield Value.of(sign != null && sign.toward(plan.target()).map(wanted::equals).orElse(false));
            }
            case BuildingWorldType.AT_ROOM -> {
                long room = WorldCalls.wholeNumber(call, "ROOM", WorldMessages.of("building.a-room-number"));
                Door door = plan.doorAt(state.at());
                yield Value.of(door != null && door.room() == room);
            }
            case BuildingWorldType.ROOM_NUMBER -> {
                Door door = plan.doorAt(state.at());
                yield Value.of(door == null ? 0 : door.room());
            }
            case BuildingWorldType.TARGET_ROOM -> Value.of(plan.target());
            default -> throw WorldCalls.unknownBlock(call);
        };
    }

    @Override
    public WorldState state() {
        return state;
    }
}

package org.stepwise.world.calendar;

import java.time.DayOfWeek;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldCalls;

/** One run's week wheel. */
final class CalendarWorld implements World {

    private final CalendarSetup setup;
    private CalendarState state;

    CalendarWorld(CalendarSetup setup) {
        this.setup = setup;
        this.state = new CalendarState(setup.startDay(), 0, null);
    }

    @Override
    public void perform(WorldCall call) {
        state = switch (call.type()) {
            case CalendarWorldType.NEXT_DAY -> state.turnedOneDay();
            case CalendarWorldType.ANSWER -> state.answered();
            default -> throw WorldCalls.unknownBlock(call);
        };
    }

    @Override
    public Value sense(WorldCall call) {
        return switch (call.type()) {
            case CalendarWorldType.DAY_IS -> Value.of(state.shown() == WorldCalls.field(call, "DAY", DayOfWeek.class));
            case CalendarWorldType.DAYS_IN_WEEK -> Value.of(DayOfWeek.values().length);
            case CalendarWorldType.NUMBER_OF_DAYS -> Value.of(setup.days());
            default -> throw WorldCalls.unknownBlock(call);
        };
    }

    @Override
    public WorldState state() {
        return state;
    }
}

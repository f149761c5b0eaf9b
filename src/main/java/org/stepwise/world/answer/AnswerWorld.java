package org.stepwise.world.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldCalls;

/** One run of a word problem: inputs in, one answer out. */
final class AnswerWorld implements World {

    private final AnswerSetup setup;
    private AnswerState state;

    AnswerWorld(AnswerSetup setup) {
        this.setup = setup;
        this.state = new AnswerState(setup, null);
    }

    @Override
    public void perform(WorldCall call) {
        if (!call.type().equals(AnswerWorldType.GIVE)) {
            throw WorldCalls.unknownBlock(call);
        }
        state = new AnswerState(setup, Datum.of(WorldCalls.input(call, "VALUE")));
    }

    @Override
    public Value sense(WorldCall call) {
        throw WorldCalls.unknownBlock(call);
    }

    @Override
    public WorldState state() {
        return state;
    }

    /** Fresh values each time: a list input changed by one run is new in the next. */
    @Override
    public Map<String, Value> initialVariables() {
        Map<String, Value> variables = new LinkedHashMap<>();
        setup.inputs().forEach(i -> variables.put(i.name(), i.value().toValue()));
        return variables;
    }
}

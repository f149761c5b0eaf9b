package org.stepwise.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldState;
import org.stepwise.world.Worlds;
import org.stepwise.world.building.TestBuildings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sample runs of every world, made by the real world classes: a set-up from the exercises and
 * tests, then world blocks one after another, keeping the state after each block.
 */
final class StageSamples {

    /** One state to show: the world, its JSON and its description. */
    record Sample(String world, String stateJson, String description) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StageSamples() {
    }

    /** The states of each world's sample run, by world id, in the order of {@code Worlds.standard()}. */
    static Map<String, List<Sample>> all(Locale locale) {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        samples.put("calendar", run("calendar", "{\"startDay\": \"Tuesday\", \"days\": 100}", locale,
                call("calendar_next_day"), call("calendar_next_day"), call("calendar_answer")));
        samples.put("building", run("building", TestBuildings.FIRST, locale,
                call("building_move_forward"), call("building_move_forward"), call("building_move_forward"), call("building_move_forward"),
                call("building_turn", "DIRECTION", "LEFT"), call("building_move_forward"), call("building_move_forward"),
                call("building_turn", "DIRECTION", "LEFT"), call("building_move_forward")));
        samples.put("pattern", run("pattern", "{\"target\": [\"red\", \"blue\", \"yellow\", \"red\", \"blue\", \"yellow\", \"green\", \"purple\"],"
                + " \"colours\": [\"red\", \"blue\", \"yellow\", \"green\", \"purple\", \"orange\"]}", locale,
                call("pattern_place", "COLOUR", "RED"), call("pattern_place", "COLOUR", "BLUE"), call("pattern_place", "COLOUR", "BLUE"),
                call("pattern_place", "COLOUR", "RED"), call("pattern_place", "COLOUR", "ORANGE")));
        samples.put("sorting", run("sorting", "{\"cards\": [5, 3, 8, 1]}", locale,
                sense("sorting_is_bigger"), call("sorting_swap"), call("sorting_move_right"), sense("sorting_is_bigger"),
                call("sorting_move_right"), sense("sorting_is_bigger"), call("sorting_swap")));
        samples.put("answer", run("answer", "{\"inputs\": {\"celsius\": 100, \"city\": \"Lima\", \"temperatures\": [21, 24, 19]}}", locale,
                callWith("answer_give", "VALUE", Value.of(212))));
        return samples;
    }

    /** A world block: a statement (performed) or a sensor (evaluated; some sensors count, such as comparisons). */
    private record Step(WorldCall call, boolean sensor) {
    }

    private static Step call(String type) {
        return new Step(new WorldCall("sample", type, Map.of(), Map.of()), false);
    }

    private static Step call(String type, String field, String value) {
        return new Step(new WorldCall("sample", type, Map.of(field, value), Map.of()), false);
    }

    private static Step callWith(String type, String input, Value value) {
        return new Step(new WorldCall("sample", type, Map.of(), Map.of(input, value)), false);
    }

    private static Step sense(String type) {
        return new Step(new WorldCall("sample", type, Map.of(), Map.of()), true);
    }

    private static List<Sample> run(String world, String setup, Locale locale, Step... steps) {
        World w = Worlds.standard().get(world).orElseThrow().create(JSON.readTree(setup));
        List<Sample> states = new ArrayList<>();
        states.add(sample(world, w.state(), locale));
        for (Step step : steps) {
            if (step.sensor()) {
                w.sense(step.call());
            } else {
                w.perform(step.call());
            }
            states.add(sample(world, w.state(), locale));
        }
        return states;
    }

    private static Sample sample(String world, WorldState state, Locale locale) {
        return new Sample(world, JSON.writeValueAsString(state.toJson()), state.describe().render(locale));
    }
}

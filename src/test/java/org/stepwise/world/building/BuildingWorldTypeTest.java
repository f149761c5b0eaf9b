package org.stepwise.world.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.ifThen;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.not;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.repeat;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.text;
import static org.stepwise.world.BlocklyJson.until;
import static org.stepwise.world.BlocklyJson.whileLoop;
import static org.stepwise.world.BlocklyJson.workspace;
import static org.stepwise.world.WorldRuns.call;
import static org.stepwise.world.WorldRuns.callWith;
import static org.stepwise.world.WorldRuns.runAndCheck;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.program.Outcome;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldException;
import org.stepwise.world.SetupException;
import org.stepwise.world.WorldRuns;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

class BuildingWorldTypeTest {

    private final WorldType building = new BuildingWorldType();

    /**
     * The general way: until at the room, follow a sign if there is one, turn right while a wall is
     * ahead, walk one square.
     */
    static String followTheSigns() {
        return workspace(until(block("building_at_room", "ROOM", block("building_target_room")),
                ifThen(block("building_sign_here"),
                        ifThen(block("building_sign_points", "DIRECTION", "LEFT"), block("building_turn", "DIRECTION", "LEFT")),
                        ifThen(block("building_sign_points", "DIRECTION", "RIGHT"), block("building_turn", "DIRECTION", "RIGHT"))),
                whileLoop(not(block("building_path_ahead")), block("building_turn", "DIRECTION", "RIGHT")),
                block("building_move_forward")));
    }

    /** The way to room 214 in the first building, step by step. */
    static String fixedRoute() {
        return workspace(stack(
                repeat(number(4), block("building_move_forward")),
                block("building_turn", "DIRECTION", "LEFT"),
                repeat(number(2), block("building_move_forward")),
                block("building_turn", "DIRECTION", "LEFT"),
                block("building_move_forward")));
    }

    // ---- whole programs ----------------------------------------------------------------------

    @Test
    void following_the_signs_finds_the_room_in_every_building() throws Exception {
        for (String plan : List.of(TestBuildings.FIRST, TestBuildings.SECOND, TestBuildings.THIRD, TestBuildings.FOURTH)) {
            var checked = runAndCheck(building, json(plan), followTheSigns());

            assertThat(checked.result().outcome()).as(plan).isEqualTo(Outcome.SUCCESS);
            assertThat(checked.goal().met()).as(plan).isTrue();
        }
        var inSecond = runAndCheck(building, json(TestBuildings.SECOND), followTheSigns());
        assertThat(inSecond.goal().message()).hasToString("You reached the door of room 312.");
    }

    @Test
    void following_the_signs_also_finds_another_room_of_the_same_building() throws Exception {
        String room118 = TestBuildings.SECOND.replace("\"target\": 312", "\"target\": 118");

        var checked = runAndCheck(building, json(room118), followTheSigns());

        assertThat(checked.goal().met()).isTrue();
        assertThat(checked.goal().message()).hasToString("You reached the door of room 118.");
    }

    @Test
    void a_fixed_route_passes_only_the_building_it_was_written_for() throws Exception {
        var first = runAndCheck(building, json(TestBuildings.FIRST), fixedRoute());
        assertThat(first.goal().met()).isTrue();

        for (String plan : List.of(TestBuildings.SECOND, TestBuildings.THIRD, TestBuildings.FOURTH)) {
            var other = runAndCheck(building, json(plan), fixedRoute());

            assertThat(other.goal().met()).as(plan).isFalse();
        }
        var second = runAndCheck(building, json(TestBuildings.SECOND), fixedRoute());
        assertThat(second.result().outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(second.result().message()).hasToString("You bumped into a wall.");
        assertThat(second.goal().message()).hasToString("You stopped in the corridor, but you were looking for room 312.");
    }

    @Test
    void walking_into_a_wall_ends_the_run_as_a_failure_at_that_block() throws Exception {
        String intoTheWall = workspace(stack(block("building_turn", "DIRECTION", "RIGHT"), block("building_move_forward", "id", "ouch")));

        var result = WorldRuns.run(building, json(TestBuildings.FIRST), intoTheWall);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(result.blockId()).isEqualTo("ouch");
        assertThat(result.message()).hasToString("You bumped into a wall.");
    }

    @Test
    void a_program_can_read_the_room_number_on_a_door() throws Exception {
        // walk until any door, then say its number
        String readTheDoor = workspace(stack(
                until(compare(block("building_room_number"), number(0)), block("building_move_forward")),
                block("text_print", "TEXT", block("building_room_number"))));

        var result = WorldRuns.run(building, json(TestBuildings.THIRD), readTheDoor);

        assertThat(result.printed()).containsExactly("401");
    }

    private static Map<String, Object> compare(Map<String, Object> a, Map<String, Object> b) {
        return block("logic_compare", "OP", "NEQ", "A", a, "B", b);
    }

    // ---- blocks one by one -------------------------------------------------------------------

    @Test
    void walking_and_turning_change_where_you_are_and_where_you_face() {
        World world = building.create(json(TestBuildings.FIRST));
        BuildingState start = (BuildingState) world.state();

        world.perform(call("building_move_forward"));
        world.perform(call("building_turn", "DIRECTION", "LEFT"));

        BuildingState now = (BuildingState) world.state();
        assertThat(now.at()).isEqualTo(new Cell(3, 2));
        assertThat(now.facing()).isEqualTo(Compass.NORTH);
        assertThat(now.moves()).isEqualTo(1);
        assertThat(start.at()).as("a state never changes").isEqualTo(new Cell(3, 1));
        assertThat(start.facing()).isEqualTo(Compass.EAST);

        world.perform(call("building_turn", "DIRECTION", "RIGHT"));
        world.perform(call("building_turn", "DIRECTION", "RIGHT"));
        assertThat(((BuildingState) world.state()).facing()).isEqualTo(Compass.SOUTH);
    }

    @Test
    void a_wall_ahead_refuses_the_step_and_leaves_you_where_you_were() {
        World world = building.create(json(TestBuildings.FIRST));
        world.perform(call("building_turn", "DIRECTION", "LEFT"));
        var before = world.state();

        assertThat(world.sense(call("building_path_ahead"))).isEqualTo(Value.FALSE);
        assertThatThrownBy(() -> world.perform(call("building_move_forward")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isTrue();
                    assertThat(e.problem()).hasToString("You bumped into a wall.");
                });
        assertThat(world.state()).isSameAs(before);
    }

    @Test
    void the_sign_points_towards_the_range_that_holds_the_target_seen_from_where_you_face() {
        World world = building.create(json(TestBuildings.FIRST));
        assertThat(world.sense(call("building_sign_here"))).isEqualTo(Value.FALSE);
        assertThat(world.sense(call("building_sign_points", "DIRECTION", "LEFT"))).as("no sign, no arrow").isEqualTo(Value.FALSE);

        for (int i = 0; i < 4; i++) {
            world.perform(call("building_move_forward"));
        }

        assertThat(world.sense(call("building_sign_here"))).isEqualTo(Value.TRUE);
        // facing east, the arrow for 200-299 points north: to the left
        assertThat(world.sense(call("building_sign_points", "DIRECTION", "LEFT"))).isEqualTo(Value.TRUE);
        assertThat(world.sense(call("building_sign_points", "DIRECTION", "RIGHT"))).isEqualTo(Value.FALSE);
        assertThat(world.sense(call("building_sign_points", "DIRECTION", "AHEAD"))).isEqualTo(Value.FALSE);
        world.perform(call("building_turn", "DIRECTION", "LEFT"));
        assertThat(world.sense(call("building_sign_points", "DIRECTION", "AHEAD"))).isEqualTo(Value.TRUE);
    }

    @Test
    void a_sign_without_an_arrow_for_the_target_points_nowhere() {
        String noArrow = TestBuildings.FIRST.replace("\"100-199\": \"east\"}", "\"100-199\": \"east\"}, \"3\": {\"900-999\": \"west\"}")
                .replace("#S...1.B#", "#S3..1.B#");
        World world = building.create(json(noArrow));
        world.perform(call("building_move_forward"));

        assertThat(world.sense(call("building_sign_here"))).isEqualTo(Value.TRUE);
        for (String direction : List.of("LEFT", "RIGHT", "AHEAD")) {
            assertThat(world.sense(call("building_sign_points", "DIRECTION", direction))).as(direction).isEqualTo(Value.FALSE);
        }
    }

    @Test
    void doors_tell_their_room_number_and_the_target_is_known() {
        World world = building.create(json(TestBuildings.THIRD));
        assertThat(world.sense(call("building_target_room"))).isEqualTo(Value.of(402));
        assertThat(world.sense(call("building_room_number"))).isEqualTo(Value.of(0));
        assertThat(world.sense(callWith("building_at_room", "ROOM", Value.of(401)))).isEqualTo(Value.FALSE);

        for (int i = 0; i < 3; i++) {
            world.perform(call("building_move_forward"));
        }

        assertThat(world.sense(call("building_room_number"))).isEqualTo(Value.of(401));
        assertThat(world.sense(callWith("building_at_room", "ROOM", Value.of(401)))).isEqualTo(Value.TRUE);
        assertThat(world.sense(callWith("building_at_room", "ROOM", Value.of("401")))).as("a number written as text").isEqualTo(Value.TRUE);
        assertThat(world.sense(callWith("building_at_room", "ROOM", Value.of(402)))).isEqualTo(Value.FALSE);
    }

    @Test
    void a_room_that_is_not_a_number_is_an_error_of_the_block() {
        World world = building.create(json(TestBuildings.THIRD));

        assertThatThrownBy(() -> world.sense(callWith("building_at_room", "ROOM", Value.of("kitchen"))))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isFalse();
                    assertThat(e.problem()).hasToString("The \"building_at_room\" block needs a room number, but it got \"kitchen\" (a text).");
                });
        assertThatThrownBy(() -> world.sense(callWith("building_at_room", "ROOM", Value.of(2.5))))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
    }

    @Test
    void a_text_in_the_room_slot_stops_a_whole_program_with_an_error() throws Exception {
        String program = workspace(block("text_print", "TEXT", block("building_at_room", "id", "asks", "ROOM", text("kitchen"))));

        var result = WorldRuns.run(building, json(TestBuildings.THIRD), program);

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.blockId()).isEqualTo("asks");
    }

    @Test
    void a_block_of_another_world_is_an_error() {
        World world = building.create(json(TestBuildings.THIRD));

        assertThatThrownBy(() -> world.perform(call("calendar_next_day")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
        assertThatThrownBy(() -> world.sense(call("pattern_count")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
    }

    // ---- descriptions ------------------------------------------------------------------------

    @Test
    void the_state_says_where_you_are_what_is_ahead_and_what_a_sign_says() {
        World world = building.create(json(TestBuildings.FIRST));
        assertThat(world.state().describe()).hasToString("You are in the corridor, facing east. The way ahead is free.");

        for (int i = 0; i < 4; i++) {
            world.perform(call("building_move_forward"));
        }
        assertThat(world.state().describe()).hasToString("You are in the corridor, facing east. The way ahead is free. "
                + "There is a sign here: rooms 200 to 299 are to the north and rooms 100 to 199 are to the east.");

        world.perform(call("building_turn", "DIRECTION", "LEFT"));
        world.perform(call("building_move_forward"));
        world.perform(call("building_move_forward"));
        world.perform(call("building_turn", "DIRECTION", "LEFT"));
        world.perform(call("building_move_forward"));
        assertThat(world.state().describe()).hasToString("You are at the door of room 214, facing west. The way ahead is free.");
        world.perform(call("building_turn", "DIRECTION", "RIGHT"));
        assertThat(world.state().describe()).hasToString("You are at the door of room 214, facing north. There is a wall ahead.");
    }

    @Test
    void a_sign_for_a_single_room_is_said_so() {
        assertThat(BuildingState.describe(new Sign.Arrow(105, 105, Compass.WEST))).hasToString("room 105 is to the west");
    }

    @Test
    void the_state_as_json_has_the_map_doors_signs_and_you() {
        World world = building.create(json(TestBuildings.FOURTH));
        world.perform(call("building_move_forward"));

        Map<String, Object> state = world.state().toJson();

        // rows as wide as the widest, spaces turned into walls
        assertThat(state).containsEntry("map", List.of("......#", "#####.#", "#####.#", "H....1I")).containsEntry("width", 7).containsEntry("height", 4)
                .containsEntry("target", 505)
                .containsEntry("position", Map.of("row", 0, "col", 1))
                .containsEntry("facing", "east")
                .containsEntry("moves", 1)
                .containsEntry("room", 0);
        assertThat(state.get("doors")).isEqualTo(List.of(
                Map.of("row", 3, "col", 0, "mark", "H", "room", 505),
                Map.of("row", 3, "col", 6, "mark", "I", "room", 512)));
        assertThat(state.get("signs")).isEqualTo(List.of(Map.of("row", 3, "col", 5, "mark", "1", "arrows", List.of(
                Map.of("from", 500, "to", 509, "points", "west"),
                Map.of("from", 510, "to", 519, "points", "east")))));
    }

    // ---- goal --------------------------------------------------------------------------------

    @Test
    void stopping_at_another_door_says_which_one() {
        World world = building.create(json(TestBuildings.THIRD));
        for (int i = 0; i < 3; i++) {
            world.perform(call("building_move_forward"));
        }

        WorldType.Goal goal = building.check(json(TestBuildings.THIRD), WorldRuns.NO_EXPECTATION, world.state(), List.of());

        assertThat(goal.met()).isFalse();
        assertThat(goal.message()).hasToString("You stopped at the door of room 401, but you were looking for room 402.");
    }

    @Test
    void the_set_up_is_said_in_words() {
        assertThat(building.describeSetup(json(TestBuildings.FIRST)))
                .hasToString("Find room 214. You start facing east, in a building with 2 doors and 2 signs.");
        assertThat(building.describeSetup(json(TestBuildings.THIRD)))
                .hasToString("Find room 402. You start facing west, in a building with 2 doors and no signs.");
    }

    // ---- set-up ------------------------------------------------------------------------------

    private void assertSetupProblem(String setup, String message) {
        JsonNode node = json(setup);
        assertThatThrownBy(() -> building.create(node)).isInstanceOf(SetupException.class).hasMessage(message);
    }

    @Test
    void a_character_that_means_nothing_on_the_map_is_named_with_its_row_and_column() {
        assertSetupProblem(TestBuildings.FIRST.replace("#S...1.B#", "#S..X1.B#"), "setup.map[3]: \"X\" in column 4 is not a wall (#), a corridor (.), "
                + "the start (S), or a door or sign listed under \"rooms\" or \"signs\"");
    }

    @Test
    void doors_and_signs_must_be_on_the_map_and_have_one_character_marks() {
        assertSetupProblem(TestBuildings.FIRST.replace("\"B\": 105", "\"B\": 105, \"C\": 106"), "setup.rooms.C: there is no \"C\" on the map");
        assertSetupProblem(TestBuildings.FIRST.replace("\"B\": 105", "\"Bx\": 105"), "setup.rooms.Bx: \"Bx\" must be a single character, like \"A\"");
        assertSetupProblem(TestBuildings.FIRST.replace("\"B\": 105", "\"B\": 105, \".\": 7"),
                "setup.rooms..: \".\" cannot mark a door or sign: # is a wall, . a corridor, S the start and a space nothing");
        assertSetupProblem(TestBuildings.FIRST.replace("\"2\": {", "\"A\": {"), "setup.signs.A: \"A\" is already a door under \"rooms\"; use another character for the sign");
        assertSetupProblem(TestBuildings.FIRST.replace("\"B\": 105", "\"B\": 0"), "setup.rooms.B: must be a whole number from 1 to 99,999, not 0");
    }

    @Test
    void arrows_need_a_range_and_a_compass_direction() {
        assertSetupProblem(TestBuildings.FIRST.replace("\"200-299\": \"north\"", "\"200-299\": \"up\""),
                "setup.signs.1.\"200-299\": \"up\" is not a direction (north, east, south or west)");
        assertSetupProblem(TestBuildings.FIRST.replace("\"200-299\"", "\"two hundreds\""),
                "setup.signs.1.\"two hundreds\": \"two hundreds\" is not a room number like \"214\" or a range of rooms like \"200-299\"");
        assertSetupProblem(TestBuildings.FIRST.replace("\"200-299\"", "\"299-200\""),
                "setup.signs.1.\"299-200\": the range goes backwards, from 299 down to 200; write the smaller number first");
        assertSetupProblem(TestBuildings.SECOND.replace("\"points\": \"west\"", "\"pointing\": \"west\""),
                "setup.signs.1[2].pointing: is not a setting of this world (it knows: from, to, points). Is it spelt right?");
        assertSetupProblem(TestBuildings.FIRST.replace("{\"210-219\": \"west\", \"220-229\": \"east\"}", "{}"),
                "setup.signs.2: a sign needs at least one arrow, like \"200-299\": \"north\"");
    }

    @Test
    void the_start_must_be_on_a_corridor_and_agree_with_the_map() {
        assertSetupProblem(TestBuildings.FIRST.replace("\"start\": {\"facing\": \"east\"}", "\"start\": {\"facing\": \"eats\"}"),
                "setup.start.facing: \"eats\" is not a direction (north, east, south or west)");
        assertSetupProblem(TestBuildings.FIRST.replace("\"start\": {\"facing\": \"east\"}", "\"start\": {\"row\": 3, \"col\": 2, \"facing\": \"east\"}"),
                "setup.start: row 3, column 2 is not where the S on the map is (row 3, column 1); leave out row and col or move the S");
        assertSetupProblem(TestBuildings.FOURTH.replace("\"row\": 0, \"col\": 0", "\"row\": 1, \"col\": 0"),
                "setup.start: row 1, column 0 is a wall; start on a corridor square (.)");
        assertSetupProblem(TestBuildings.FOURTH.replace("\"row\": 0, \"col\": 0, ", ""),
                "setup.start: the map has no start (S), so give \"row\" and \"col\" as well as \"facing\"");
        assertSetupProblem(TestBuildings.FIRST.replace("#S...1.B#", "#S..S1.B#"),
                "setup.map[3]: a second start (S) in column 4; there is already one in row 3, column 1");
        assertSetupProblem(TestBuildings.FOURTH.replace("\"row\": 0, \"col\": 0", "\"row\": 9, \"col\": 0"),
                "setup.start.row: must be a whole number from 0 to 3, not 9");
    }

    @Test
    void the_target_must_have_a_door_you_can_reach() {
        assertSetupProblem(TestBuildings.FIRST.replace("\"target\": 214", "\"target\": 216"),
                "setup.target: no door on the map leads to room 216 (the doors lead to 214 and 105)");
        assertSetupProblem(TestBuildings.THIRD.replace("#F..S...G#", "#F..S.#.G#"),
                "setup.target: room 402 cannot be reached from the start: walls are in the way");
        assertSetupProblem(TestBuildings.FIRST.replace("\"target\": 214,", ""), "setup.target: is missing");
    }

    @Test
    void the_map_must_be_a_list_of_texts_that_are_not_too_long() {
        assertSetupProblem(TestBuildings.THIRD.replace("\"##########\",\n", "42,\n"), "setup.map[0]: must be a text in quotes, not 42");
        assertSetupProblem(TestBuildings.THIRD.replace("\"##########\",\n", "\"" + "#".repeat(51) + "\",\n"),
                "setup.map[0]: is 51 characters long, but a row can have at most 50");
        assertSetupProblem("{\"map\": \"#S.A#\", \"start\": {\"facing\": \"east\"}, \"target\": 1, \"rooms\": {\"A\": 1}}",
                "setup.map: must be a list in square brackets, not \"#S.A#\"");
    }
}

package org.stepwise.world.building;

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
 * The building: "How do I find a room in a building I have never been in?". You walk a floor plan
 * square by square; signs at corridor crossings point towards ranges of rooms. Several buildings
 * in one exercise make only a general way pass: look for a sign, follow it if there is one, else
 * keep walking, and repeat.
 *
 * <p>Set-up, e.g.:
 * <pre>{@code
 * {"map": ["#########",
 *          "#...A2..#",
 *          "#####.###",
 *          "#S...1.B#",
 *          "#########"],
 *  "start": {"facing": "east"},
 *  "target": 214,
 *  "rooms": {"A": 214, "B": 105},
 *  "signs": {"1": {"200-299": "north", "100-199": "east"},
 *            "2": {"210-219": "west", "220-229": "east"}}}
 * }</pre>
 * <ul>
 * <li>{@code map}: the floor plan, one text per row, at most 50 rows of 50 characters. {@code #}
 * is a wall, {@code .} a corridor square, {@code S} the corridor square where you start. Any other
 * character must be listed under {@code rooms} (a door: the corridor square in front of the door
 * of that room) or under {@code signs} (a corridor square with a sign). Spaces, rows shorter than
 * the others and everything outside the map count as walls, so a map need not be framed in
 * {@code #}. Rows and columns count from 0 at the top left.
 * <li>{@code start}: {@code facing} is {@code north} (up), {@code east}, {@code south} or
 * {@code west}. Without an {@code S} on the map, give {@code row} and {@code col} as well.
 * <li>{@code target}: the room to find (1 … 99999); a door on the map must lead to it, and it must
 * be reachable from the start.
 * <li>{@code rooms}: door mark → room number. A mark may stand on several squares (a room with two
 * doors).
 * <li>{@code signs} (may be left out): sign mark → its arrows, each a room range and the compass
 * direction it points: {@code {"200-299": "north", "105": "west"}}, or in the long form
 * {@code [{"from": 200, "to": 299, "points": "north"}]}. When several arrows hold the target room,
 * the first one counts.
 * </ul>
 * The goal needs no expectation: you must stand at the door of the target room; {@code expect} is
 * not used.
 *
 * <p>Blocks: {@code building_move_forward} (walking into a wall is a FAILURE), {@code building_turn}
 * ({@code DIRECTION} LEFT/RIGHT), {@code building_path_ahead}, {@code building_sign_here},
 * {@code building_sign_points} ({@code DIRECTION} LEFT/RIGHT/AHEAD: the sign here points that way,
 * seen from where you face, towards the rooms that hold the target room; an arrow that points behind
 * you makes all three false), {@code building_at_room}
 * (value input {@code ROOM}: is there a door to that room here?), {@code building_room_number} (the
 * room of a door here, 0 if none) and {@code building_target_room}.
 */
public final class BuildingWorldType implements WorldType {

    public static final String ID = "building";
    static final String MOVE_FORWARD = "building_move_forward";
    static final String TURN = "building_turn";
    static final String PATH_AHEAD = "building_path_ahead";
    static final String SIGN_HERE = "building_sign_here";
    static final String SIGN_POINTS = "building_sign_points";
    static final String AT_ROOM = "building_at_room";
    static final String ROOM_NUMBER = "building_room_number";
    static final String TARGET_ROOM = "building_target_room";

    private final WorldBlocks blocks = WorldBlocks.load(ID,
            Set.of(MOVE_FORWARD, TURN, PATH_AHEAD, SIGN_HERE, SIGN_POINTS, AT_ROOM, ROOM_NUMBER, TARGET_ROOM));

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
        return new BuildingWorld(FloorPlanReader.read(setup));
    }

    @Override
    public Goal check(JsonNode setup, JsonNode expect, WorldState finalState, List<String> printed) {
        FloorPlan plan = FloorPlanReader.read(setup);
        if (!(finalState instanceof BuildingState state)) {
            throw new IllegalArgumentException("not a building state: " + finalState);
        }
        String target = String.valueOf(plan.target());
        Door door = state.plan().doorAt(state.at());
        if (door == null) {
            return new Goal(false, WorldMessages.of("building.goal.corridor", target));
        }
        if (door.room() != plan.target()) {
            return new Goal(false, WorldMessages.of("building.goal.other-door", target, String.valueOf(door.room())));
        }
        return new Goal(true, WorldMessages.of("building.goal.met", target));
    }

    @Override
    public Message describeSetup(JsonNode setup) {
        FloorPlan plan = FloorPlanReader.read(setup);
        return WorldMessages.of("building.setup", String.valueOf(plan.target()), plan.facing().inWords(),
                plan.doors().size(), plan.signs().size());
    }
}

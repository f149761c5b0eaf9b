package org.stepwise.world.building;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.program.Message;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldMessages;

/**
 * You in the building at one moment.
 *
 * @param plan   the building (shared by all states of a run; never changes)
 * @param at     the square you stand on
 * @param facing the way you face
 * @param moves  how many squares you have walked
 */
record BuildingState(FloorPlan plan, Cell at, Compass facing, int moves) implements WorldState {

    BuildingState movedTo(Cell next) {
        return new BuildingState(plan, next, facing, moves + 1);
    }

    BuildingState turned(Turn turn) {
        return new BuildingState(plan, at, turn == Turn.LEFT ? facing.left() : facing.right(), moves);
    }

    /**
     * "You are in the corridor, facing north. The way ahead is free. There is a sign here: rooms
     * 200 to 299 are to the north and rooms 100 to 199 are to the west."
     */
    @Override
    public Message describe() {
        Door door = plan.doorAt(at);
        Message where = door == null
                ? WorldMessages.of("building.where.corridor", facing.inWords())
                : WorldMessages.of("building.where.door", facing.inWords(), String.valueOf(door.room()));
        Message ahead = WorldMessages.of(plan.walkable(at.ahead(facing)) ? "building.ahead.free" : "building.ahead.wall");
        Sign sign = plan.signAt(at);
        if (sign == null) {
            return WorldMessages.of("building.state", where, ahead);
        }
        List<Message> arrows = sign.arrows().stream().map(BuildingState::describe).toList();
        return WorldMessages.of("building.state.sign", where, ahead, WorldMessages.of("building.sign", WorldMessages.listInWords(arrows)));
    }

    static Message describe(Sign.Arrow arrow) {
        return arrow.from() == arrow.to()
                ? WorldMessages.of("building.arrow.room", String.valueOf(arrow.from()), arrow.points().inWords())
                : WorldMessages.of("building.arrow.rooms", String.valueOf(arrow.from()), String.valueOf(arrow.to()), arrow.points().inWords());
    }

    /**
     * The building and you, for drawing: {@code map} (rows of {@code #} walls, {@code .}
     * corridors and the marks of doors and signs), {@code width}, {@code height}, {@code doors}
     * ({@code row}, {@code col}, {@code mark}, {@code room}), {@code signs} ({@code row},
     * {@code col}, {@code mark}, {@code arrows} of {@code from}, {@code to}, {@code points}),
     * {@code target}, {@code position} ({@code row}, {@code col}, counted from 0 at the top left),
     * {@code facing} ("north" …), {@code moves}, and {@code room}: the room number of a door here,
     * 0 if none.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("map", plan.rows());
        json.put("width", plan.width());
        json.put("height", plan.height());
        List<Object> doors = new ArrayList<>();
        plan.doors().forEach((cell, door) -> doors.add(Map.of("row", cell.row(), "col", cell.col(),
                "mark", String.valueOf(door.mark()), "room", door.room())));
        json.put("doors", doors);
        List<Object> signs = new ArrayList<>();
        plan.signs().forEach((cell, sign) -> signs.add(Map.of("row", cell.row(), "col", cell.col(),
                "mark", String.valueOf(sign.mark()),
                "arrows", sign.arrows().stream().map(a -> Map.of("from", a.from(), "to", a.to(), "points", a.points().word())).toList())));
        json.put("signs", signs);
        json.put("target", plan.target());
        json.put("position", Map.of("row", at.row(), "col", at.col()));
        json.put("facing", facing.word());
        json.put("moves", moves);
        Door door = plan.doorAt(at);
        json.put("room", door == null ? 0 : door.room());
        return json;
    }
}

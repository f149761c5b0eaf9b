package org.stepwise.world.building;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.world.SetupReader;
import org.stepwise.world.WorldMessages;
import tools.jackson.databind.JsonNode;

/** Reads and checks a building set-up; the format is described on {@link BuildingWorldType}. */
final class FloorPlanReader {

    static final int MAX_ROWS = 50;
    static final int MAX_COLUMNS = 50;
    static final int MAX_ROOM = 99_999;
    static final String EXAMPLE = "{\"map\": [\"#####\", \"#S.A#\", \"#####\"], \"start\": {\"facing\": \"east\"}, \"target\": 214, \"rooms\": {\"A\": 214}}";

    private static final char CORRIDOR = '.';
    private static final char START = 'S';
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:[-–]\\s*(\\d{1,9})\\s*)?");

    private FloorPlanReader() {
    }

    static FloorPlan read(JsonNode setup) {
        JsonNode s = SetupReader.object(setup, "setup", EXAMPLE, "map", "start", "target", "rooms", "signs");
        List<String> lines = lines(SetupReader.required(s, "setup", "map"));
        Map<Character, Integer> rooms = rooms(SetupReader.required(s, "setup", "rooms"));
        JsonNode signsNode = SetupReader.optional(s, "signs");
        Map<Character, List<Sign.Arrow>> arrows = signsNode == null ? Map.of() : signs(signsNode, rooms.keySet());

        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> rows = new ArrayList<>();
        Map<Cell, Door> doors = new LinkedHashMap<>();
        Map<Cell, Sign> signs = new LinkedHashMap<>();
        Set<Character> used = new HashSet<>();
        Cell marked = null;
        for (int r = 0; r < lines.size(); r++) {
            StringBuilder row = new StringBuilder();
            String line = lines.get(r);
            for (int c = 0; c < width; c++) {
                char ch = c < line.length() ? line.charAt(c) : ' ';
                Cell cell = new Cell(r, c);
                if (ch == ' ' || ch == FloorPlan.WALL) {
                    row.append(FloorPlan.WALL);
                    continue;
                }
                if (ch == START) {
                    if (marked != null) {
                        throw SetupReader.problem("setup.map[" + r + "]", "building.setup.second-start", c, marked.row(), marked.col());
                    }
                    marked = cell;
                    row.append(CORRIDOR);
                    continue;
                }
                if (rooms.containsKey(ch)) {
                    doors.put(cell, new Door(ch, rooms.get(ch)));
                } else if (arrows.containsKey(ch)) {
                    signs.put(cell, new Sign(ch, arrows.get(ch)));
                } else if (ch != CORRIDOR) {
                    throw SetupReader.problem("setup.map[" + r + "]", "building.setup.unknown-mark", String.valueOf(ch), c);
                }
                used.add(ch);
                row.append(ch);
            }
            rows.add(row.toString());
        }
        for (char mark : rooms.keySet()) {
            if (!used.contains(mark)) {
                throw SetupReader.problem("setup.rooms." + mark, "building.setup.mark-not-on-map", String.valueOf(mark));
            }
        }
        for (char mark : arrows.keySet()) {
            if (!used.contains(mark)) {
                throw SetupReader.problem("setup.signs." + mark, "building.setup.mark-not-on-map", String.valueOf(mark));
            }
        }
        List<String> plan = List.copyOf(rows);
        JsonNode startNode = SetupReader.object(SetupReader.required(s, "setup", "start"), "setup.start",
                "{\"facing\": \"east\"}", "row", "col", "facing");
        Cell start = start(startNode, marked, plan);
        JsonNode facingNode = SetupReader.required(startNode, "setup.start", "facing");
        Compass facing = direction(facingNode, "setup.start.facing");
        FloorPlan floor = new FloorPlan(plan, Collections.unmodifiableMap(doors), Collections.unmodifiableMap(signs), start, facing, 0);

        int target = (int) SetupReader.wholeNumber(SetupReader.required(s, "setup", "target"), "setup.target", 1, MAX_ROOM);
        Set<Integer> doorRooms = new LinkedHashSet<>();
        doors.values().forEach(d -> doorRooms.add(d.room()));
        if (!doorRooms.contains(target)) {
            throw SetupReader.problem("setup.target", "building.setup.no-such-door", String.valueOf(target),
                    WorldMessages.listInWords(doorRooms.stream().map(String::valueOf).toList()));
        }
        if (!reachable(floor, target)) {
            throw SetupReader.problem("setup.target", "building.setup.unreachable", String.valueOf(target));
        }
        return new FloorPlan(plan, floor.doors(), floor.signs(), start, facing, target);
    }

    private static List<String> lines(JsonNode map) {
        SetupReader.list(map, "setup.map", 1, MAX_ROWS);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < map.size(); r++) {
            String line = SetupReader.text(map.get(r), "setup.map[" + r + "]");
            if (line.length() > MAX_COLUMNS) {
                throw SetupReader.problem("setup.map[" + r + "]", "building.setup.row-too-long", line.length(), MAX_COLUMNS);
            }
            lines.add(line);
        }
        return lines;
    }

    private static Map<Character, Integer> rooms(JsonNode node) {
        SetupReader.anyObject(node, "setup.rooms", "{\"A\": 214, \"B\": 215}");
        Map<Character, Integer> rooms = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            char mark = mark(entry.getKey(), "setup.rooms");
            rooms.put(mark, (int) SetupReader.wholeNumber(entry.getValue(), "setup.rooms." + entry.getKey(), 1, MAX_ROOM));
        }
        return rooms;
    }

    private static Map<Character, List<Sign.Arrow>> signs(JsonNode node, Set<Character> doorMarks) {
        SetupReader.anyObject(node, "setup.signs", "{\"1\": {\"200-299\": \"north\", \"100-199\": \"west\"}}");
        Map<Character, List<Sign.Arrow>> signs = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String path = "setup.signs." + entry.getKey();
            char mark = mark(entry.getKey(), "setup.signs");
            if (doorMarks.contains(mark)) {
                throw SetupReader.problem(path, "building.setup.mark-twice", entry.getKey());
            }
            List<Sign.Arrow> arrows = entry.getValue().isArray() ? arrowList(entry.getValue(), path) : arrowObject(entry.getValue(), path);
            if (arrows.isEmpty()) {
                throw SetupReader.problem(path, "building.setup.no-arrows");
            }
            signs.put(mark, arrows);
        }
        return signs;
    }

    /** {@code {"200-299": "north", "105": "west"}}: the short form. */
    private static List<Sign.Arrow> arrowObject(JsonNode node, String path) {
        SetupReader.anyObject(node, path, "{\"200-299\": \"north\", \"100-199\": \"west\"}");
        List<Sign.Arrow> arrows = new ArrayList<>();
        for (var entry : node.properties()) {
            String arrowPath = path + ".\"" + entry.getKey() + "\"";
            Matcher m = RANGE.matcher(entry.getKey());
            if (!m.matches()) {
                throw SetupReader.problem(arrowPath, "building.setup.not-a-range", entry.getKey());
            }
            int from = room(m.group(1), arrowPath);
            int to = m.group(2) == null ? from : room(m.group(2), arrowPath);
            arrows.add(arrow(from, to, direction(entry.getValue(), arrowPath), arrowPath));
        }
        return arrows;
    }

    /** {@code [{"from": 200, "to": 299, "points": "north"}]}: the long form. */
    private static List<Sign.Arrow> arrowList(JsonNode node, String path) {
        List<Sign.Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String arrowPath = path + "[" + i + "]";
            JsonNode a = SetupReader.object(node.get(i), arrowPath, "{\"from\": 200, \"to\": 299, \"points\": \"north\"}", "from", "to", "points");
            int from = (int) SetupReader.wholeNumber(SetupReader.required(a, arrowPath, "from"), arrowPath + ".from", 1, MAX_ROOM);
            int to = (int) SetupReader.wholeNumber(SetupReader.required(a, arrowPath, "to"), arrowPath + ".to", 1, MAX_ROOM);
            arrows.add(arrow(from, to, direction(SetupReader.required(a, arrowPath, "points"), arrowPath + ".points"), arrowPath));
        }
        return arrows;
    }

    private static Sign.Arrow arrow(int from, int to, Compass points, String path) {
        if (from > to) {
            throw SetupReader.problem(path, "building.setup.backward-range", from, to);
        }
        return new Sign.Arrow(from, to, points);
    }

    private static int room(String digits, String path) {
        long room = Long.parseLong(digits);
        if (room < 1 || room > MAX_ROOM) {
            throw SetupReader.problem(path, "building.setup.room-out-of-range", digits, MAX_ROOM);
        }
        return (int) room;
    }

    private static char mark(String key, String path) {
        if (key.length() != 1) {
            throw SetupReader.problem(path + "." + key, "building.setup.mark-not-one-character", key);
        }
        char mark = key.charAt(0);
        if (mark == FloorPlan.WALL || mark == CORRIDOR || mark == START || mark == ' ') {
            throw SetupReader.problem(path + "." + key, "building.setup.reserved-mark", key);
        }
        return mark;
    }

    private static Compass direction(JsonNode node, String path) {
        return SetupReader.choice(node, path, Compass.class,
                WorldMessages.of("building.setup.not-a-direction", SetupReader.shown(node)));
    }

    private static Cell start(JsonNode start, @Nullable Cell marked, List<String> rows) {
        JsonNode row = SetupReader.optional(start, "row");
        JsonNode col = SetupReader.optional(start, "col");
        if (row == null && col == null) {
            if (marked == null) {
                throw SetupReader.problem("setup.start", "building.setup.no-start");
            }
            return marked;
        }
        if (row == null || col == null) {
            throw SetupReader.problem(row == null ? "setup.start.row" : "setup.start.col", "field.missing");
        }
        Cell cell = new Cell((int) SetupReader.wholeNumber(row, "setup.start.row", 0, rows.size() - 1),
                (int) SetupReader.wholeNumber(col, "setup.start.col", 0, rows.getFirst().length() - 1));
        if (marked != null && !marked.equals(cell)) {
            throw SetupReader.problem("setup.start", "building.setup.start-not-at-s", cell.row(), cell.col(), marked.row(), marked.col());
        }
        if (rows.get(cell.row()).charAt(cell.col()) == FloorPlan.WALL) {
            throw SetupReader.problem("setup.start", "building.setup.start-in-wall", cell.row(), cell.col());
        }
        return cell;
    }

    /** Whether a door to the room can be walked to from the start. */
    private static boolean reachable(FloorPlan floor, int room) {
        Set<Cell> seen = new HashSet<>();
        Deque<Cell> todo = new ArrayDeque<>();
        todo.add(floor.start());
        seen.add(floor.start());
        while (!todo.isEmpty()) {
            Cell cell = todo.poll();
            Door door = floor.doorAt(cell);
            if (door != null && door.room() == room) {
                return true;
            }
            for (Compass d : Compass.values()) {
                Cell next = cell.ahead(d);
                if (floor.walkable(next) && seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return false;
    }
}

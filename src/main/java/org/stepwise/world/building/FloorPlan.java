package org.stepwise.world.building;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A building case, read from its set-up: the map, where you start and which room to find.
 *
 * @param rows   the map with every row as wide as the widest, walls as {@code #}, corridors as
 *               {@code .}, and doors and signs as their marks ({@code S} and spaces are gone)
 * @param doors  the doors by square, top to bottom, left to right
 * @param signs  the signs by square, top to bottom, left to right
 * @param start  where you start
 * @param facing the way you face at the start
 * @param target the room to find
 */
record FloorPlan(List<String> rows, Map<Cell, Door> doors, Map<Cell, Sign> signs, Cell start, Compass facing, int target) {

    static final char WALL = '#';

    int height() {
        return rows.size();
    }

    int width() {
        return rows.getFirst().length();
    }

    boolean inside(Cell cell) {
        return cell.row() >= 0 && cell.row() < height() && cell.col() >= 0 && cell.col() < width();
    }

    /** A corridor square (plain, with a door or with a sign); outside the map there are only walls. */
    boolean walkable(Cell cell) {
        return inside(cell) && rows.get(cell.row()).charAt(cell.col()) != WALL;
    }

    @Nullable Door doorAt(Cell cell) {
        return doors.get(cell);
    }

    @Nullable Sign signAt(Cell cell) {
        return signs.get(cell);
    }
}

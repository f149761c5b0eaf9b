package org.stepwise.world.building;

import java.util.List;
import java.util.Optional;

/**
 * A sign on a corridor square: arrows towards ranges of rooms.
 *
 * @param mark   the character that marks it on the map
 * @param arrows in the order the set-up lists them
 */
record Sign(char mark, List<Arrow> arrows) {

    Sign {
        arrows = List.copyOf(arrows);
    }

    /** Where the first arrow whose range holds the room points; empty when no arrow does. */
    Optional<Compass> toward(int room) {
        return arrows.stream().filter(a -> a.covers(room)).map(Arrow::points).findFirst();
    }

    /**
     * One arrow: "rooms 200 to 299 →".
     *
     * @param from the first room of the range
     * @param to   the last room of the range (the same as {@code from} for one room)
     */
    record Arrow(int from, int to, Compass points) {

        boolean covers(int room) {
            return from <= room && room <= to;
        }
    }
}

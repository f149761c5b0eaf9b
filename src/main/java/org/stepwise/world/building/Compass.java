package org.stepwise.world.building;

import java.util.Locale;
import org.stepwise.program.Message;
import org.stepwise.world.WorldMessages;

/** The four directions on the floor plan; north is up (towards row 0). */
enum Compass {
    NORTH(-1, 0), EAST(0, 1), SOUTH(1, 0), WEST(0, -1);

    final int rowStep;
    final int colStep;

    Compass(int rowStep, int colStep) {
        this.rowStep = rowStep;
        this.colStep = colStep;
    }

    Compass left() {
        return values()[(ordinal() + 3) % 4];
    }

    Compass right() {
        return values()[(ordinal() + 1) % 4];
    }

    /** "north", as set-ups and {@code toJson()} write it (the same in every language). */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction in the reader's language, for messages: "north", "norte". */
    Message inWords() {
        return WorldMessages.of(switch (this) {
            case NORTH -> "building.direction.north";
            case EAST -> "building.direction.east";
            case SOUTH -> "building.direction.south";
            case WEST -> "building.direction.west";
        });
    }
}

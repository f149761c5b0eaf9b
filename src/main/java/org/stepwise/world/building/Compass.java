package org.stepwise.world.building;

import java.util.Locale;

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

    /** "north", as set-ups and messages write it. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

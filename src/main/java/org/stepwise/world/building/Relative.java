package org.stepwise.world.building;

/** The settings of the {@code DIRECTION} dropdown of {@code building_sign_points}: seen from where you face. */
enum Relative {
    LEFT, RIGHT, AHEAD;

    Compass from(Compass facing) {
        return switch (this) {
            case LEFT -> facing.left();
            case RIGHT -> facing.right();
            case AHEAD -> facing;
        };
    }
}

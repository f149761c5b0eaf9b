package org.stepwise.world.building;

/** The settings of the {@code DIRECTION} dropdown of {@code building_turn}. */
enum Turn {
    LEFT, RIGHT
}

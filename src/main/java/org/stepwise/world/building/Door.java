package org.stepwise.world.building;

/**
 * A door to a room, on the corridor square in front of it.
 *
 * @param mark the character that marks it on the map
 * @param room the room number on the door
 */
record Door(char mark, int room) {
}

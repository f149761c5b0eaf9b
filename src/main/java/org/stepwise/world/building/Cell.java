package org.stepwise.world.building;

/** A square of the floor plan; rows and columns count from 0 at the top left. */
record Cell(int row, int col) {

    Cell ahead(Compass direction) {
        return new Cell(row + direction.rowStep, col + direction.colStep);
    }
}

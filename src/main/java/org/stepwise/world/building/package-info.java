/**
 * The building world: find a room in a building you have never been in, by following signs. See
 * {@link org.stepwise.world.building.BuildingWorldType}.
 */
@NullMarked
package org.stepwise.world.building;

import org.jspecify.annotations.NullMarked;

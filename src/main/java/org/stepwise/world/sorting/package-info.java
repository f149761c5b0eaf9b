/**
 * The sorting world: a row of cards, a pointer and swaps of neighbours. See
 * {@link org.stepwise.world.sorting.SortingWorldType}.
 */
@NullMarked
package org.stepwise.world.sorting;

import org.jspecify.annotations.NullMarked;

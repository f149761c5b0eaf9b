/**
 * The micro-worlds of the everyday problems: a week wheel (calendar), a building with signs, a
 * row of beads (pattern), a row of cards (sorting), and plain inputs and an answer (answer). Each
 * world has a state, blocks (defined once, in {@code src/main/frontend/blocks/<world>.json}, read
 * by the browser and by {@link org.stepwise.program.BlockShapes}; their words in
 * {@code blocks/msg/<language>.json}, see {@link org.stepwise.world.BlockTexts}), a goal check and
 * plain-language descriptions. Plain Java: no Spring, no Vaadin, no SQL.
 */
@NullMarked
package org.stepwise.world;

import org.jspecify.annotations.NullMarked;

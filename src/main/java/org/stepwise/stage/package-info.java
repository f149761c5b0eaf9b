/**
 * The world stage: {@link org.stepwise.stage.WorldStage} draws a micro-world's state (the week
 * wheel, the building, the beads, the cards, the inputs and answer) as a picture in the browser
 * and animates the change from one step of a run to the next. It knows nothing of the worlds'
 * Java classes: it takes a world's id, its {@code WorldState.toJson()} as JSON text and its
 * description in words. See {@code docs/stage.md}.
 */
@NullMarked
package org.stepwise.stage;

import org.jspecify.annotations.NullMarked;

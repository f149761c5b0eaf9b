/**
 * Grading: an exercise declares a world, cases (arrange / act / assert) and limits; a grade runs a
 * program on every case and says, per case and in words a 10-year-old understands, what happened.
 * Plain Java: no Spring, no Vaadin, no SQL.
 */
@NullMarked
package org.stepwise.grading;

import org.jspecify.annotations.NullMarked;

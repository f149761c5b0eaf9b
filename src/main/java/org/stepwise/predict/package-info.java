/**
 * Predict the next step: short labels that say what a block does ("walk forward", "repeat 4 times",
 * "if there is a sign here"), and questions made from a program's run ("what does the program do
 * next?") with choices taken from the program's own blocks. The presenter and every student device
 * compute the same question from the same inputs, so only the answer's index has to travel.
 * Plain Java: no Spring, no Vaadin, no SQL.
 */
@NullMarked
package org.stepwise.predict;

import org.jspecify.annotations.NullMarked;

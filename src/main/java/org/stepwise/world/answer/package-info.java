/**
 * The answer world: word problems with inputs as variables and one answer. See
 * {@link org.stepwise.world.answer.AnswerWorldType}.
 */
@NullMarked
package org.stepwise.world.answer;

import org.jspecify.annotations.NullMarked;

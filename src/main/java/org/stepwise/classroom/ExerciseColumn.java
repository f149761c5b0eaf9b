package org.stepwise.classroom;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.exercise.ExerciseKey;

/**
 * One column of a class's {@link ProgressGrid}: an exercise assigned to the class, on its own or as
 * part of a whole lesson. Titles are not here: a view looks them up in the lesson catalog in the
 * reader's language.
 *
 * @param dueOn when the assignment that brought the exercise in is due; null when it has no date
 */
public record ExerciseColumn(ExerciseKey exercise, @Nullable LocalDate dueOn) {
}

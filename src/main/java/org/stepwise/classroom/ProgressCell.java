package org.stepwise.classroom;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.security.AccountId;

/**
 * How far one student is with one exercise.
 *
 * @param attempts     how many times the student checked a program on the exercise (every check counts)
 * @param hintsUsed    whether any check was made after opening at least one hint
 * @param lastActivity the latest check or save; null when the student has not started
 */
public record ProgressCell(AccountId student, ExerciseKey exercise, State state, int attempts, boolean hintsUsed,
        @Nullable Instant lastActivity) {

    public enum State {
        /** No saved program and no check. */
        NOT_STARTED,
        /** A saved program or checks, none of which passed every case. */
        IN_PROGRESS,
        /** At least one check passed every case. */
        SOLVED
    }

    public static ProgressCell notStarted(AccountId student, ExerciseKey exercise) {
        return new ProgressCell(student, exercise, State.NOT_STARTED, 0, false, null);
    }

    public boolean started() {
        return state != State.NOT_STARTED;
    }
}

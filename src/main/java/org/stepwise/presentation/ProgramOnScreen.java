package org.stepwise.presentation;

import org.jspecify.annotations.Nullable;
import org.stepwise.security.AccountId;

/**
 * A program stepped through on the big screen.
 *
 * @param exerciseId an exercise of the presented lesson
 * @param student    whose latest saved program it is; null for the exercise's reference solution.
 *                   The audience never sees who: it says "a student's program"
 * @param caseIndex  the case it runs on (an index into the exercise's cases)
 * @param position   the step just done; -1 before the first step
 */
public record ProgramOnScreen(String exerciseId, @Nullable AccountId student, int caseIndex, int position) {

    public ProgramOnScreen {
        if (caseIndex < 0 || position < -1) {
            throw new IllegalArgumentException("case " + caseIndex + ", position " + position);
        }
    }

    public boolean reference() {
        return student == null;
    }

    public ProgramOnScreen at(int newPosition) {
        return new ProgramOnScreen(exerciseId, student, caseIndex, Math.max(-1, newPosition));
    }
}

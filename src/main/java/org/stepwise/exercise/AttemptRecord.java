package org.stepwise.exercise;

import java.time.Instant;
import org.stepwise.security.AccountId;

/**
 * One check a student made, for a teacher: whether it passed, how many cases passed out of how
 * many, the steps the program took over all cases, how many hints the student had opened in the
 * exercise view when checking, and the seconds from opening the view until the check (capped at
 * {@link ExerciseChecks#MAX_SECONDS_SPENT}).
 */
public record AttemptRecord(AccountId student, ExerciseKey exercise, boolean passed, int casesPassed, int casesTotal,
        long steps, int hintsUsed, int secondsSpent, Instant at) {
}

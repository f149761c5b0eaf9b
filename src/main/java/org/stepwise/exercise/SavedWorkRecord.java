package org.stepwise.exercise;

import java.time.Instant;
import org.stepwise.security.AccountId;

/** That a student has saved work on an exercise, and when they last saved it (without the program). */
public record SavedWorkRecord(AccountId student, ExerciseKey exercise, Instant savedAt) {
}

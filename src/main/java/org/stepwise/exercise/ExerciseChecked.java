package org.stepwise.exercise;

import org.stepwise.security.AccountId;

/**
 * A signed-in student's program was checked and the attempt stored. Published as a Spring event
 * (after the attempt is recorded), for features that follow progress live: the teacher's class
 * page, the projector.
 */
public record ExerciseChecked(AccountId student, ExerciseKey exercise, boolean passed) {
}

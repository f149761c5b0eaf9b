package org.stepwise.exercise;

import java.time.Instant;

/**
 * What a student did in the exercise view before a check, recorded with the attempt.
 *
 * @param hintsUsed    how many hints the student had opened in this exercise view
 * @param viewOpenedAt when the student opened the exercise view
 */
public record CheckEffort(int hintsUsed, Instant viewOpenedAt) {

    public CheckEffort {
        if (hintsUsed < 0) {
            throw new IllegalArgumentException("hints used cannot be negative: " + hintsUsed);
        }
    }
}

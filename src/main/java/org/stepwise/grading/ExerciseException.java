package org.stepwise.grading;

/** An exercise file that cannot be used; the message names the path of the bad value (e.g. {@code cases[2].setup}). */
public final class ExerciseException extends IllegalArgumentException {

    public ExerciseException(String message) {
        super(message);
    }
}

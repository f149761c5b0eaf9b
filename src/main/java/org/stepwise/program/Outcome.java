package org.stepwise.program;

/** How a run ended. */
public enum Outcome {
    /** The program finished (and, when graded, met the goal). */
    SUCCESS,
    /** The program finished or was stopped by the world, and the goal was not met. */
    FAILURE,
    /** The step budget ran out. */
    TIMEOUT,
    /** The program could not go on: a block could not do its job. */
    ERROR
}

package org.stepwise.exercise;

import java.time.Instant;

/** One check of a student's program, in numbers. */
public record AttemptSummary(boolean passed, int casesPassed, int casesTotal, int blocksUsed, long steps, Instant at) {
}

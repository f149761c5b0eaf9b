package org.stepwise.grading;

import org.stepwise.program.RunResult;
import org.stepwise.program.WorldState;

/**
 * One case run with a trace, for stepping through it.
 *
 * @param caseIndex the case's position in the exercise
 * @param start     the world before the first step
 * @param run       the run, with its trace
 * @param result    the verdict, as grading gives it
 */
public record WatchedCase(int caseIndex, WorldState start, RunResult run, CaseResult result) {
}

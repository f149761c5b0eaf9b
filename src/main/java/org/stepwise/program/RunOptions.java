package org.stepwise.program;

/**
 * Limits and switches of one run.
 *
 * @param stepBudget    how much work a run may do: every statement, every value block and every
 *                      round of a loop costs one unit
 * @param seed          the seed of "random integer", so that runs are reproducible
 * @param trace         whether to keep a trace for stepping through
 * @param maxTraceSteps how many steps a trace keeps at most
 * @param maxCallDepth  how many function calls may be open at once
 */
public record RunOptions(long stepBudget, long seed, boolean trace, int maxTraceSteps, int maxCallDepth) {

    public static final long DEFAULT_STEP_BUDGET = 1_000_000;
    public static final int DEFAULT_MAX_TRACE_STEPS = 100_000;
    public static final int DEFAULT_MAX_CALL_DEPTH = 500;

    public RunOptions {
        if (stepBudget <= 0 || maxTraceSteps < 0 || maxCallDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_STEP_BUDGET, 0, false, DEFAULT_MAX_TRACE_STEPS, DEFAULT_MAX_CALL_DEPTH);
    }

    public RunOptions withTrace(boolean on) {
        return new RunOptions(stepBudget, seed, on, maxTraceSteps, maxCallDepth);
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(stepBudget, newSeed, trace, maxTraceSteps, maxCallDepth);
    }

    public RunOptions withStepBudget(long budget) {
        return new RunOptions(budget, seed, trace, maxTraceSteps, maxCallDepth);
    }
}

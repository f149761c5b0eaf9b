package org.stepwise.program;

/**
 * Runs a {@link Program} on a {@link World}. Deterministic for a given seed; holds no state
 * between runs, so any number of runs may go on at once.
 */
public final class Interpreter {

    private Interpreter() {
    }

    public static RunResult run(Program program, World world, RunOptions options) {
        return new Machine(program, world, options).run();
    }
}

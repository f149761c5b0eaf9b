package org.stepwise.program;

/**
 * A world refused an action. With {@code failure} the run ends as a FAILURE (the program did
 * something the task forbids, like walking into a wall); otherwise as an ERROR.
 */
public final class WorldException extends RuntimeException {

    private final Message problem;
    private final boolean failure;

    public WorldException(Message problem, boolean failure) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
        this.failure = failure;
    }

    public Message problem() {
        return problem;
    }

    public boolean failure() {
        return failure;
    }
}

package org.stepwise.program;

import org.jspecify.annotations.Nullable;

/**
 * A workspace that cannot be run: unreadable JSON, an unknown block, a wrong field value, a limit
 * exceeded. Names the block (when there is one) and what is wrong.
 */
public final class ProgramException extends Exception {

    private final @Nullable String blockId;
    private final Message problem;

    public ProgramException(@Nullable String blockId, Message problem) {
        super(problem.toString() + (blockId == null ? "" : " (block " + blockId + ")"), null, false, false);
        this.blockId = blockId;
        this.problem = problem;
    }

    public @Nullable String blockId() {
        return blockId;
    }

    public Message problem() {
        return problem;
    }
}

package org.stepwise.program;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The end of a run.
 *
 * @param outcome    SUCCESS when the program finished; TIMEOUT, ERROR or FAILURE (stopped by the world) otherwise
 * @param steps      the statement blocks executed: what a student counts when stepping through
 * @param work       the budget units used (statements, value blocks and loop rounds)
 * @param printed    what the print block showed, in order, as text
 * @param blockId    the block where the run stopped for TIMEOUT (the loop), ERROR or FAILURE; otherwise null
 * @param message    why it stopped, for TIMEOUT, ERROR or FAILURE; otherwise null
 * @param finalState the world's state at the end
 * @param trace      the steps, when asked for
 */
public record RunResult(Outcome outcome, long steps, long work, List<String> printed, @Nullable String blockId,
        @Nullable Message message, WorldState finalState, @Nullable Trace trace) {

    public RunResult {
        printed = List.copyOf(printed);
    }
}

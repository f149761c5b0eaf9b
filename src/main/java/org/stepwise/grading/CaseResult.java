package org.stepwise.grading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Message;
import org.stepwise.program.Outcome;

/**
 * What happened on one case, in arrange / act / assert words.
 *
 * @param arrange        the set-up in words ("Start on Friday and count 100 days.")
 * @param outcome        SUCCESS when the goal was met; FAILURE, TIMEOUT or ERROR otherwise
 * @param message        the verdict in words ("… is Sunday, but your program said Saturday.")
 * @param blockId        the block the message is about (the loop that never ended, the failing block), or null
 * @param steps          statement blocks executed
 * @param referenceSteps the reference solution's steps on this case, or -1 when there is none
 */
public record CaseResult(String name, boolean visible, Message arrange, Outcome outcome, Message message,
        @Nullable String blockId, long steps, long referenceSteps, List<String> printed) {

    public boolean passed() {
        return outcome == Outcome.SUCCESS;
    }
}

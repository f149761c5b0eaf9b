package org.stepwise.predict;

import java.util.List;
import org.stepwise.program.WorldState;

/**
 * "What will the world look like after the next step?": pictures of worlds to choose from.
 *
 * @param position the step just done when asked ({@code -1}: before the first)
 * @param choices  the worlds, in the order shown; all different
 * @param correct  the index of the world after the next step
 */
public record WorldQuestion(int position, List<WorldState> choices, int correct) {

    public WorldQuestion {
        choices = List.copyOf(choices);
        if (choices.size() < 2 || correct < 0 || correct >= choices.size()) {
            throw new IllegalArgumentException(choices.size() + " worlds, the right one " + correct);
        }
    }
}

package org.stepwise.predict;

import java.util.List;

/**
 * "What does the program do next?" asked after step {@code position} of a run.
 *
 * @param position    the step just done ({@code -1}: before the first step), as in the step-through
 * @param nextBlockId the block of the step that comes next: the right answer
 * @param choices     two to four choices with different labels, in the order to show them
 * @param correct     the index in {@code choices} of the right answer
 */
public record NextStepQuestion(int position, String nextBlockId, List<Choice> choices, int correct) {

    /**
     * One choice.
     *
     * @param label    what the block does, in the reader's language
     * @param blockIds the blocks of the program this choice stands for (blocks with the same label
     *                 are one choice), in workspace order
     */
    public record Choice(String label, List<String> blockIds) {

        public Choice {
            blockIds = List.copyOf(blockIds);
        }
    }

    public NextStepQuestion {
        choices = List.copyOf(choices);
        if (choices.size() < 2 || correct < 0 || correct >= choices.size()) {
            throw new IllegalArgumentException("a question needs at least two choices and the index of the right one: " + choices + ", " + correct);
        }
    }

    public Choice correctChoice() {
        return choices.get(correct);
    }
}

package org.stepwise.predict;

import java.util.List;

/**
 * "What will {@code variable} be after the next step?" asked after step {@code position} of a run.
 * Values are written as the variables panel shows them ({@code 7}, {@code "Ana"}, {@code true},
 * {@code [1, 2]}), which is the same in every language.
 *
 * @param position    the step just done ({@code -1}: before the first step)
 * @param nextBlockId the block of the next step, the one that changes the variable
 * @param variable    the variable's name
 * @param choices     two to four different values, in the order to show them
 * @param correct     the index in {@code choices} of the value the variable really has after the next step
 */
public record VariableQuestion(int position, String nextBlockId, String variable, List<String> choices, int correct) {

    public VariableQuestion {
        choices = List.copyOf(choices);
        if (choices.size() < 2 || correct < 0 || correct >= choices.size()) {
            throw new IllegalArgumentException("a question needs at least two choices and the index of the right one: " + choices + ", " + correct);
        }
    }

    public String correctValue() {
        return choices.get(correct);
    }
}

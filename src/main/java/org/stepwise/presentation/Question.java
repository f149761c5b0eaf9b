package org.stepwise.presentation;

import java.util.List;

/**
 * "What happens next?", asked while a program is paused on the big screen.
 *
 * @param number   counts the questions of a presentation from 1; answers refer to it
 * @param position the step the program was paused at when asked
 * @param choices  what students choose from, in the order shown (A, B, C, D)
 * @param correct  the index of the right choice: never sent to students before the reveal
 * @param revealed whether the tally is shown; answers are taken only until then
 */
public record Question(int number, int position, List<String> choices, int correct, boolean revealed) {

    public Question {
        choices = List.copyOf(choices);
        if (number < 1 || correct < 0 || correct >= choices.size()) {
            throw new IllegalArgumentException("question " + number + " with " + choices.size() + " choices, correct " + correct);
        }
    }

    public Question reveal() {
        return new Question(number, position, choices, correct, true);
    }

    /** The letter a choice is shown with: A, B, C, … */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}

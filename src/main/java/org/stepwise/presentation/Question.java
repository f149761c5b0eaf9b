package org.stepwise.presentation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question about the next step, asked while a program is paused on the big screen: "What does
 * the program do next?" or, about a variable, "What will it be after the next step?".
 *
 * @param number   counts the questions of a presentation from 1; answers refer to it
 * @param position the step the program was paused at when asked
 * @param variable the variable asked about; null for "what does the program do next?"
 * @param choices  what students choose from, in the order shown (A, B, C, D)
 * @param correct  the index of the right choice: never sent to students before the reveal
 * @param revealed whether the tally is shown; answers are taken only until then
 */
public record Question(int number, int position, @Nullable String variable, List<String> choices, int correct, boolean revealed) {

    public Question {
        choices = List.copyOf(choices);
        if (number < 1 || correct < 0 || correct >= choices.size()) {
            throw new IllegalArgumentException("question " + number + " with " + choices.size() + " choices, correct " + correct);
        }
    }

    public Question reveal() {
        return new Question(number, position, variable, choices, correct, true);
    }

    /** The letter a choice is shown with: A, B, C, … */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}

package org.stepwise.presentation;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A question about the next step, asked while a program is paused on the big screen.
 *
 * @param number   counts the questions of a presentation from 1; answers refer to it
 * @param position the step the program was paused at when asked
 * @param kind     what is asked
 * @param variable the variable asked about ({@link Kind#VARIABLE} only, else null)
 * @param choices  what students choose from, in the order shown (A, B, C, D), in words: a block's
 *                 label, a value, or a world described
 * @param worlds   for {@link Kind#WORLD}, each choice's world to draw (its state as JSON), in the
 *                 same order; else empty
 * @param translated the same choices in other languages, by language code ("es"), same order (a
 *                 student whose page is in Spanish reads them in Spanish); may be empty
 * @param correct  the index of the right choice: never sent to students before the reveal
 * @param revealed whether the tally is shown; answers are taken only until then
 */
public record Question(int number, int position, Kind kind, @Nullable String variable, List<String> choices, List<String> worlds,
        Map<String, List<String>> translated, int correct, boolean revealed) {

    /** What a question asks. */
    public enum Kind {
        /** "What does the program do next?": labels of its blocks. */
        BLOCK,
        /** "What will x be after the next step?": values. */
        VARIABLE,
        /** "What will the world look like after the next step?": pictures. */
        WORLD
    }

    public Question {
        choices = List.copyOf(choices);
        worlds = List.copyOf(worlds);
        translated = copy(translated, choices.size());
        if (number < 1 || correct < 0 || correct >= choices.size()) {
            throw new IllegalArgumentException("question " + number + " with " + choices.size() + " choices, correct " + correct);
        }
        if ((kind == Kind.VARIABLE) != (variable != null) || (kind == Kind.WORLD ? worlds.size() != choices.size() : !worlds.isEmpty())) {
            throw new IllegalArgumentException("a " + kind + " question with variable " + variable + " and " + worlds.size() + " worlds");
        }
    }

    public Question reveal() {
        return new Question(number, position, kind, variable, choices, worlds, translated, correct, true);
    }

    /** The choices in the locale's language when they were made in it too, else as asked. */
    public List<String> choicesIn(Locale locale) {
        return translated.getOrDefault(locale.getLanguage(), choices);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> translated, int size) {
        Map<String, List<String>> copy = new TreeMap<>();
        translated.forEach((language, list) -> {
            if (list.size() != size) {
                throw new IllegalArgumentException(list.size() + " choices in " + language + ", " + size + " as asked");
            }
            copy.put(language, List.copyOf(list));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** The letter a choice is shown with: A, B, C, … */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /**
     * A question before it is asked: what {@link Presentations#ask} needs.
     *
     * @see Question
     */
    public record Draft(Kind kind, @Nullable String variable, List<String> choices, List<String> worlds,
            Map<String, List<String>> translated, int correct) {

        public Draft {
            choices = List.copyOf(choices);
            worlds = List.copyOf(worlds);
            translated = Map.copyOf(translated);
        }

        public static Draft blocks(List<String> labels, int correct) {
            return new Draft(Kind.BLOCK, null, labels, List.of(), Map.of(), correct);
        }

        public static Draft variable(String variable, List<String> values, int correct) {
            return new Draft(Kind.VARIABLE, variable, values, List.of(), Map.of(), correct);
        }

        /** @param worlds each world's state as JSON, in the order of {@code descriptions} */
        public static Draft worlds(List<String> descriptions, List<String> worlds, int correct) {
            return new Draft(Kind.WORLD, null, descriptions, worlds, Map.of(), correct);
        }

        /** The same draft with its choices also in another language (same order). */
        public Draft in(String language, List<String> choicesThere) {
            Map<String, List<String>> more = new TreeMap<>(translated);
            more.put(language, choicesThere);
            return new Draft(kind, variable, choices, worlds, more, correct);
        }

        Question number(int number, int position) {
            return new Question(number, position, kind, variable, choices, worlds, translated, correct, false);
        }
    }
}

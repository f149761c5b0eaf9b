package org.stepwise.shared;

/**
 * One thing wrong with what a user typed: the field it is in, the translation key of the message
 * and the values the message names (a limit, a line number, the text at fault).
 */
public record InputProblem(String field, String messageKey, java.util.List<Object> arguments) {

    public InputProblem {
        arguments = java.util.List.copyOf(arguments);
    }

    public static InputProblem of(String field, String messageKey, Object... arguments) {
        return new InputProblem(field, messageKey, java.util.List.of(arguments));
    }
}

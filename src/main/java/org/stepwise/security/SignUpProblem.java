package org.stepwise.security;

/**
 * Why a sign-up was refused: the form field it concerns and a translation key for the message.
 *
 * @param field      the form field: {@code displayName}, {@code username}, {@code password} or {@code passwordAgain}
 * @param messageKey the key of the message in the translation bundle
 * @param limit      a number the message may show (a minimum or maximum length), or 0
 */
public record SignUpProblem(String field, String messageKey, int limit) {
}

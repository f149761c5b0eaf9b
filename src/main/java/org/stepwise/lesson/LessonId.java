package org.stepwise.lesson;

import java.util.regex.Pattern;

/**
 * A lesson's id: its folder name, lowercase letters, digits and single hyphens
 * ({@code 100-days-from-tuesday}), at most {@value #MAX_LENGTH} characters.
 */
public record LessonId(String value) implements Comparable<LessonId> {

    public static final int MAX_LENGTH = 100;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public LessonId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a lesson id (lowercase letters, digits and hyphens): \"" + value + "\"");
        }
    }

    public static boolean isValid(String value) {
        return value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(LessonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

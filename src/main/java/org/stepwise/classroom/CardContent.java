package org.stepwise.classroom;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a student's printed sign-in card shows: the class, its join code, the student's name and
 * their secret, either a picture password or a secret word (exactly one of the two). A card is
 * made only when the secret is new, since the server keeps only a hash of it.
 */
public record CardContent(String className, String joinCode, String studentName, @Nullable PictureSequence pictures,
        @Nullable String secretWord) {

    public CardContent {
        requireText(className, "className");
        requireText(joinCode, "joinCode");
        requireText(studentName, "studentName");
        if ((pictures == null) == (secretWord == null)) {
            throw new IllegalArgumentException("The card of " + studentName
                    + " needs either a picture password or a secret word, not " + (pictures == null ? "neither" : "both"));
        }
        if (secretWord != null) {
            requireText(secretWord, "secretWord");
        }
    }

    public static CardContent withPictures(String className, String joinCode, String studentName, PictureSequence pictures) {
        return new CardContent(className, joinCode, studentName, pictures, null);
    }

    public static CardContent withSecretWord(String className, String joinCode, String studentName, String secretWord) {
        return new CardContent(className, joinCode, studentName, null, secretWord);
    }

    /**
     * The join code as children read it: upper case, six characters shown as {@code ABC-DEF}
     * (a code of another length is shown upper case as it is).
     */
    public String displayJoinCode() {
        String plain = joinCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return plain.length() == 6 ? plain.substring(0, 3) + "-" + plain.substring(3) : plain;
    }

    private static void requireText(@Nullable String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("A sign-in card needs a " + name + ", but it is blank");
        }
    }
}

package org.stepwise.classroom;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a class's students type to sign in: {@link #LENGTH} characters from {@link #ALPHABET},
 * which leaves out the look-alikes 0/O and 1/I/L, so it can be read aloud and typed by a child.
 */
public record JoinCode(String value) {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    public JoinCode {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a join code is " + LENGTH + " characters of " + ALPHABET + ", not \"" + value + "\"");
        }
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** A code as typed: any case, with or without the dash and spaces. Empty when it cannot be a code. */
    public static Optional<JoinCode> parse(String typed) {
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(code));
    }

    /** As shown and printed: {@code ABC-DEF}. */
    public String display() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    @Override
    public String toString() {
        return display();
    }
}

package org.stepwise.classroom;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Secret words for older pupils: an adjective and a noun, easy to spell. */
public final class SecretWords {

    private static final List<String> ADJECTIVES = List.of("blue", "brave", "calm", "green", "happy", "quick", "quiet", "red", "shiny", "tall");
    private static final List<String> NOUNS = List.of("apple", "bridge", "cloud", "garden", "lion", "planet", "river", "rocket", "tiger", "window");

    private SecretWords() {
    }

    public static String random(RandomGenerator random, Locale locale) {
        return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " " + NOUNS.get(random.nextInt(NOUNS.size()));
    }

    /** Trimmed, lower case, single spaces: how a typed word is hashed and checked. */
    public static String normalize(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

package org.stepwise.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Secret words for older pupils: an adjective and a noun from lists of easy words, e.g.
 * {@code brave otter} or, in Spanish, {@code tigre valiente} (noun first, and the adjective agrees
 * with the noun's gender). The lists are {@code classroom/words_<language>.txt}; English is used
 * for a language without a list. A secret word is {@linkplain #normalize normalized} both when it
 * is hashed and when it is checked, so spaces and capitals typed by a child do not matter.
 */
public final class SecretWords {

    /** Languages with a word list of their own; every other language gets English words. */
    static final List<String> LANGUAGES = List.of("en", "es");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private SecretWords() {
    }

    /** A new secret word in the language (give {@code random} a {@code SecureRandom} for real secrets). */
    public static String random(RandomGenerator random, Locale language) {
        WordList words = words(language);
        Noun noun = words.nouns().get(random.nextInt(words.nouns().size()));
        String adjective = words.adjectives().get(random.nextInt(words.adjectives().size())).form(noun.gender());
        return words.nounFirst() ? noun.word() + " " + adjective : adjective + " " + noun.word();
    }

    /**
     * What a typed secret word means: without surrounding spaces, in lower case, with one space
     * between words (and accents in one canonical Unicode form). Used both when hashing and when
     * checking.
     */
    public static String normalize(String typed) {
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The word list for a language (English when it has none of its own). */
    static WordList words(Locale language) {
        return Lists.BY_LANGUAGE.getOrDefault(language.getLanguage(), Lists.BY_LANGUAGE.get("en"));
    }

    enum Gender { NONE, MASCULINE, FEMININE }

    record Noun(String word, Gender gender) {
    }

    /** An adjective with its masculine (or only) form and its feminine form. */
    record Adjective(String masculine, String feminine) {
        String form(Gender gender) {
            return gender == Gender.FEMININE ? feminine : masculine;
        }
    }

    record WordList(List<Adjective> adjectives, List<Noun> nouns, boolean nounFirst) {
        WordList {
            adjectives = List.copyOf(adjectives);
            nouns = List.copyOf(nouns);
        }

        long pairs() {
            return (long) adjectives.size() * nouns.size();
        }
    }

    /** Loads every list once, on first use; immutable afterwards. */
    private static final class Lists {
        static final Map<String, WordList> BY_LANGUAGE = load();

        private static Map<String, WordList> load() {
            return LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(l -> l, l -> read("classroom/words_" + l + ".txt")));
        }

        /**
         * Reads a list: {@code #} starts a comment line, {@code [order]} is followed by
         * {@code adjective noun} or {@code noun adjective}, {@code [adjectives]} by one adjective a line
         * (its masculine and feminine forms, or one form for both), {@code [nouns]},
         * {@code [nouns masculine]} and {@code [nouns feminine]} by one noun a line.
         */
        static WordList read(String resource) {
            List<Adjective> adjectives = new ArrayList<>();
            List<Noun> nouns = new ArrayList<>();
            Boolean nounFirst = null;
            try (InputStream in = SecretWords.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The word list " + resource + " is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String section = null;
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    String where = resource + " line " + number;
                    if (text.startsWith("[")) {
                        section = text;
                        continue;
                    }
                    String[] parts = text.split(" ");
                    switch (section) {
                        case "[order]" -> nounFirst = switch (text) {
                            case "adjective noun" -> false;
                            case "noun adjective" -> true;
                            default -> throw new IllegalStateException(where + ": [order] is \"adjective noun\" or \"noun adjective\", not \"" + text + "\"");
                        };
                        case "[adjectives]" -> {
                            if (parts.length > 2) {
                                throw new IllegalStateException(where + ": an adjective is one word, or its masculine and feminine forms, not \"" + text + "\"");
                            }
                            adjectives.add(new Adjective(parts[0], parts[parts.length - 1]));
                        }
                        case "[nouns]", "[nouns masculine]", "[nouns feminine]" -> {
                            if (parts.length != 1) {
                                throw new IllegalStateException(where + ": a noun is one word, not \"" + text + "\"");
                            }
                            Gender gender = section.endsWith("masculine]") ? Gender.MASCULINE
                                    : section.endsWith("feminine]") ? Gender.FEMININE : Gender.NONE;
                            nouns.add(new Noun(text, gender));
                        }
                        case null -> throw new IllegalStateException(where + ": a word before any [section]");
                        default -> throw new IllegalStateException(where + ": unknown section " + section
                                + " (known: [order], [adjectives], [nouns], [nouns masculine], [nouns feminine])");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the word list " + resource, e);
            }
            if (nounFirst == null || adjectives.isEmpty() || nouns.isEmpty()) {
                throw new IllegalStateException("The word list " + resource + " needs an [order], [adjectives] and nouns");
            }
            return new WordList(adjectives, nouns, nounFirst);
        }
    }
}

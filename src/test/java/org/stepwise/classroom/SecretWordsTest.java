package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.classroom.SecretWords.Gender;
import org.stepwise.classroom.SecretWords.WordList;

class SecretWordsTest {

    private static final Locale SPANISH = Locale.of("es");
    /** Lower-case letters; Spanish ñ and accents are allowed, though the lists avoid them. */
    private static final Pattern WORD = Pattern.compile("[a-zñáéíóúü]+");

    @Test
    void every_language_has_at_least_100_adjectives_and_100_nouns_and_10000_pairs() {
        for (String language : SecretWords.LANGUAGES) {
            WordList words = SecretWords.words(Locale.of(language));
            assertThat(words.adjectives()).as(language + " adjectives").hasSizeGreaterThanOrEqualTo(100);
            assertThat(words.nouns()).as(language + " nouns").hasSizeGreaterThanOrEqualTo(100);
            assertThat(words.pairs()).as(language + " pairs").isGreaterThanOrEqualTo(10_000);
        }
    }

    @Test
    void no_word_appears_twice_in_a_list() {
        for (String language : SecretWords.LANGUAGES) {
            WordList words = SecretWords.words(Locale.of(language));
            List<String> nouns = words.nouns().stream().map(SecretWords.Noun::word).toList();
            List<String> adjectives = words.adjectives().stream().map(SecretWords.Adjective::masculine).toList();
            assertThat(duplicates(nouns)).as(language + " nouns").isEmpty();
            assertThat(duplicates(adjectives)).as(language + " adjectives").isEmpty();
            assertThat(nouns).as(language + ": a word is either a noun or an adjective").doesNotContainAnyElementsOf(adjectives);
        }
    }

    @Test
    void every_word_is_lower_case_letters_only() {
        for (String language : SecretWords.LANGUAGES) {
            WordList words = SecretWords.words(Locale.of(language));
            List<String> all = new ArrayList<>();
            words.nouns().forEach(n -> all.add(n.word()));
            words.adjectives().forEach(a -> {
                all.add(a.masculine());
                all.add(a.feminine());
            });
            Pattern allowed = language.equals("en") ? Pattern.compile("[a-z]+") : WORD;
            assertThat(all).as(language).allSatisfy(word -> assertThat(word).matches(allowed));
        }
    }

    @Test
    void an_english_secret_word_is_an_adjective_then_a_noun() {
        WordList english = SecretWords.words(Locale.ENGLISH);
        Set<String> adjectives = new HashSet<>(english.adjectives().stream().map(SecretWords.Adjective::masculine).toList());
        Set<String> nouns = new HashSet<>(english.nouns().stream().map(SecretWords.Noun::word).toList());
        SplittableRandom random = new SplittableRandom(1);

        for (int i = 0; i < 500; i++) {
            String[] words = SecretWords.random(random, Locale.ENGLISH).split(" ");
            assertThat(words).hasSize(2);
            assertThat(adjectives).contains(words[0]);
            assertThat(nouns).contains(words[1]);
        }
    }

    @Test
    void a_spanish_secret_word_is_a_noun_then_an_adjective_that_agrees_with_it() {
        WordList spanish = SecretWords.words(SPANISH);
        Set<String> masculine = new HashSet<>();
        Set<String> feminine = new HashSet<>();
        spanish.nouns().forEach(n -> (n.gender() == Gender.FEMININE ? feminine : masculine).add(n.word()));
        Set<String> masculineAdjectives = new HashSet<>(spanish.adjectives().stream().map(SecretWords.Adjective::masculine).toList());
        Set<String> feminineAdjectives = new HashSet<>(spanish.adjectives().stream().map(SecretWords.Adjective::feminine).toList());
        assertThat(spanish.nouns()).extracting(SecretWords.Noun::gender).doesNotContain(Gender.NONE);
        assertThat(feminineAdjectives).contains("roja", "verde");
        SplittableRandom random = new SplittableRandom(2);
        int feminineSeen = 0;

        for (int i = 0; i < 1_000; i++) {
            String[] words = SecretWords.random(random, SPANISH).split(" ");
            assertThat(words).hasSize(2);
            if (feminine.contains(words[0])) {
                feminineSeen++;
                assertThat(feminineAdjectives).as(String.join(" ", words)).contains(words[1]);
            } else {
                assertThat(masculine).contains(words[0]);
                assertThat(masculineAdjectives).as(String.join(" ", words)).contains(words[1]);
            }
        }
        assertThat(feminineSeen).isBetween(300, 700);
    }

    @Test
    void a_language_without_a_list_gets_english_words() {
        assertThat(SecretWords.words(Locale.GERMAN)).isSameAs(SecretWords.words(Locale.ENGLISH));
        assertThat(SecretWords.words(Locale.forLanguageTag("es-MX"))).isSameAs(SecretWords.words(SPANISH));
    }

    @Test
    void a_secret_word_is_already_normalized() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            String word = SecretWords.random(random, i % 2 == 0 ? Locale.ENGLISH : SPANISH);
            assertThat(SecretWords.normalize(word)).isEqualTo(word);
        }
    }

    @Test
    void normalizing_forgives_spaces_and_capitals() {
        assertThat(SecretWords.normalize("  Brave   OTTER ")).isEqualTo("brave otter");
        assertThat(SecretWords.normalize("brave\totter\n")).isEqualTo("brave otter");
        assertThat(SecretWords.normalize("brave\u00a0otter")).isEqualTo("brave otter");
        assertThat(SecretWords.normalize("TIGRE VALIENTE")).isEqualTo("tigre valiente");
        assertThat(SecretWords.normalize("")).isEmpty();
    }

    @Test
    void normalizing_keeps_the_words_themselves() {
        assertThat(SecretWords.normalize("braveotter")).isNotEqualTo(SecretWords.normalize("brave otter"));
        assertThat(SecretWords.normalize("brave-otter")).isEqualTo("brave-otter");
        // an accent typed as one character or as a letter plus a combining accent is the same
        assertThat(SecretWords.normalize("A\u0301rbol")).isEqualTo(SecretWords.normalize("\u00c1rbol")).isEqualTo("\u00e1rbol");
    }

    private static List<String> duplicates(List<String> words) {
        Set<String> seen = new HashSet<>();
        return words.stream().filter(w -> !seen.add(w)).toList();
    }
}

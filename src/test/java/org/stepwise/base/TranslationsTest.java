package org.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user sees comes from the translation bundle: every key the code names exists,
 * views hold no text of their own, and every language has every text, with the same placeholders.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** The English (base) bundles: the user interface and the engine's messages. */
    private static final List<String> BUNDLES = List.of("vaadin-i18n/translations", "org/stepwise/program/messages",
            "org/stepwise/world/messages", "org/stepwise/grading/messages", "org/stepwise/predict/labels");
    /** Languages every bundle must have; a bundle may not have a language missing from this list either. */
    private static final Set<String> LANGUAGES = Set.of("es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("^(?!.*\\.(md|json|properties)$)(app|nav|home|lessons|lesson|exercise|teacher|login|signup|error|blockly|stage|account|admin|privacy)\\.[a-z0-9.\\-]*[a-z0-9]$");

    @Test
    void every_translation_key_named_in_the_code_exists_in_the_english_bundle() throws IOException {
        Properties english = bundle("vaadin-i18n/translations.properties");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            for (String literal : literals(file)) {
                if (KEY_LIKE.matcher(literal).matches() && !english.containsKey(literal)) {
                    missing.add(file + ": " + literal);
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from translations.properties").isEmpty();
    }

    @Test
    void views_contain_no_user_visible_text_of_their_own() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            for (String literal : literals(file)) {
                // words with spaces or a capital first letter are text; keys, ids, routes, CSS and
                // field names (camelCase) are not; nor are settings like "width=device-width, ..."
                boolean looksLikeText = literal.chars().anyMatch(Character::isLetter) && !literal.contains("=")
                        && (literal.chars().anyMatch(Character::isWhitespace) || Character.isUpperCase(literal.charAt(0)));
                if (looksLikeText) {
                    offenders.add(file + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(offenders).as("text in views must come from translations.properties").isEmpty();
    }

    @Test
    void every_bundle_has_every_language_and_no_other() throws IOException {
        for (String base : BUNDLES) {
            assertThat(languagesOf(base)).as(base + "_<language>.properties").isEqualTo(LANGUAGES);
        }
    }

    @Test
    void every_english_text_has_a_translation_and_every_translation_an_english_text() throws IOException {
        for (String base : BUNDLES) {
            Properties english = bundle(base + ".properties");
            for (String language : LANGUAGES) {
                String file = base + "_" + language + ".properties";
                Properties translated = bundle(file);

                Set<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                List<String> empty = translated.stringPropertyNames().stream()
                        .filter(key -> translated.getProperty(key).isBlank()).sorted().toList();

                assertThat(missing).as("keys of %s.properties missing from %s", base, file).isEmpty();
                assertThat(extra).as("keys of %s that %s.properties does not have", file, base).isEmpty();
                assertThat(empty).as("empty texts in %s", file).isEmpty();
            }
        }
    }

    @Test
    void a_translation_uses_the_same_placeholders_as_the_english_text() throws IOException {
        for (String base : BUNDLES) {
            Properties english = bundle(base + ".properties");
            for (String language : LANGUAGES) {
                Properties translated = bundle(base + "_" + language + ".properties");
                for (String key : english.stringPropertyNames()) {
                    String text = translated.getProperty(key);
                    if (text != null) {
                        assertThat(placeholders(text)).as("placeholders of %s in %s_%s", key, base, language)
                                .isEqualTo(placeholders(english.getProperty(key)));
                    }
                }
            }
        }
    }

    /**
     * A text with placeholders goes through {@link MessageFormat}, which drops a single apostrophe
     * (and everything up to the next one): write it twice. A text without placeholders is shown as it
     * is, so there a doubled apostrophe would show twice.
     */
    @Test
    void every_text_is_a_valid_pattern_with_its_apostrophes_written_right() throws IOException {
        for (String base : BUNDLES) {
            List<String> files = new ArrayList<>(List.of(base + ".properties"));
            LANGUAGES.forEach(language -> files.add(base + "_" + language + ".properties"));
            for (String file : files) {
                Properties texts = bundle(file);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (placeholders(text).isEmpty()) {
                        assertThat(text).as("%s in %s (no placeholders: shown as written)", key, file).doesNotContain("''");
                    } else {
                        assertThat(LONE_APOSTROPHE.matcher(text).find()).as("%s in %s has a single apostrophe: write ''", key, file).isFalse();
                        new MessageFormat(text, Locale.ENGLISH); // throws on a malformed pattern
                    }
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The languages a bundle has files for: "es" for translations_es.properties. */
    private static Set<String> languagesOf(String base) throws IOException {
        Path folder = RESOURCES.resolve(base).getParent();
        String prefix = Path.of(base).getFileName() + "_";
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".properties"))
                    .map(name -> name.substring(prefix.length(), name.length() - ".properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> literals(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("@") || code.startsWith("import ")) {
                continue; // comments, annotations (routes, ids) and imports are not shown to users
            }
            Matcher m = STRING_LITERAL.matcher(line);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}

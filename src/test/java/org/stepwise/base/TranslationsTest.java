package org.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user sees comes from the translation bundle: every key the code names exists,
 * and views hold no text of their own.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("^(app|nav|home|lessons|lesson|exercise|teacher|login|signup|error)\\.[a-z0-9.\\-]*[a-z0-9]$");

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

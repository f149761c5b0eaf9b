package org.stepwise.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The worlds' bundle: every key the code names exists, every message is used, every pattern is well formed. */
class WorldMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/stepwise/world");
    /** Keys are written as literals: "calendar.goal.met", or built from a literal plus ".no-inputs". */
    private static final Pattern KEY = Pattern.compile("\"((?:list|block|field|calendar|building|pattern|sorting|answer)\\.[a-z0-9.\\-]*[a-z0-9])\"");
    private static final String SUFFIX = ".no-inputs";

    @Test
    void every_key_named_in_the_code_is_in_the_bundle_and_every_message_is_used() throws IOException {
        Properties bundle = bundle();
        Set<String> named = namedKeys();

        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(bundle.stringPropertyNames());
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeIf(key -> named.contains(key) || named.contains(key.replace(SUFFIX, "")));

        assertThat(missing).as("keys used in the worlds but missing from messages.properties").isEmpty();
        assertThat(unused).as("messages no code uses").isEmpty();
        assertThat(named).as("the scan finds keys at all").hasSizeGreaterThan(50);
    }

    @Test
    void every_message_is_a_valid_pattern_without_apostrophes() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            // MessageFormat swallows single apostrophes, and messages without arguments skip it: avoid them
            assertThat(pattern).as(key).doesNotContain("'");
            new MessageFormat(pattern, Locale.ENGLISH); // throws on a malformed pattern
        }
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = WorldMessagesTest.class.getClassLoader().getResourceAsStream("org/stepwise/world/messages.properties")) {
            assertThat(in).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> namedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return new TreeSet<>(new ArrayList<>(keys));
    }
}

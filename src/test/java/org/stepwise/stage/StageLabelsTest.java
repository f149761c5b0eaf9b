package org.stepwise.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stepwise.world.Worlds;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text the pictures show comes from the translation bundles, in English and Spanish: the
 * keys the renderers name, a day name for every day the calendar world has, and a name and letter
 * for every bead colour the pattern world has.
 */
class StageLabelsTest {

    private static final Path RENDERERS = Path.of("src/main/frontend/stage");
    /** t('some.key' in the renderers (not createElement('div')). */
    private static final Pattern LABEL_CALL = Pattern.compile("(?<![\\w.])t\\('([a-z][a-z.\\-]*)'");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void every_label_the_renderers_name_is_in_english_and_spanish() throws IOException {
        Set<String> used = new TreeSet<>(keysNamedInRenderers());
        used.addAll(keysForWorldData());
        assertThat(used).contains("calendar.turned", "building.find", "pattern.count", "sorting.swaps", "answer.answer");

        Properties english = bundle("vaadin-i18n/translations.properties");
        Properties spanish = bundle("vaadin-i18n/translations_es.properties");
        assertThat(used.stream().map(k -> WorldStage.LABEL_PREFIX + k).filter(k -> !english.containsKey(k)).toList())
                .as("labels missing from translations.properties").isEmpty();
        assertThat(used.stream().map(k -> WorldStage.LABEL_PREFIX + k).filter(k -> !spanish.containsKey(k)).toList())
                .as("labels missing from translations_es.properties").isEmpty();
    }

    @Test
    void the_java_side_sends_every_stage_key_and_spanish_has_no_key_english_lacks() throws IOException {
        Properties english = bundle("vaadin-i18n/translations.properties");
        Properties spanish = bundle("vaadin-i18n/translations_es.properties");
        List<String> englishKeys = english.stringPropertyNames().stream().filter(k -> k.startsWith(WorldStage.LABEL_PREFIX)).sorted().toList();
        assertThat(WorldStage.labelKeys()).containsExactlyElementsOf(englishKeys);
        assertThat(spanish.stringPropertyNames().stream().filter(k -> k.startsWith(WorldStage.LABEL_PREFIX)).filter(k -> !english.containsKey(k)))
                .as("Spanish stage keys that English does not have").isEmpty();
    }

    @Test
    void in_each_language_every_bead_colour_has_its_own_letter() throws IOException {
        for (String file : List.of("vaadin-i18n/translations.properties", "vaadin-i18n/translations_es.properties")) {
            Properties bundle = bundle(file);
            List<String> letters = beadColours().stream().map(c -> bundle.getProperty("stage.pattern.letter." + c)).toList();
            assertThat(letters).as(file).doesNotContainNull().doesNotHaveDuplicates().allMatch(l -> l.length() <= 2);
        }
    }

    private static Set<String> keysNamedInRenderers() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(RENDERERS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = LABEL_CALL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /** Keys made from the worlds' data: calendar.day.Monday …, pattern.colour.red … */
    private static Set<String> keysForWorldData() {
        Set<String> keys = new HashSet<>();
        for (var day : weekDays()) {
            keys.add("calendar.day." + day);
            keys.add("calendar.short." + day);
        }
        for (String colour : beadColours()) {
            keys.add("pattern.colour." + colour);
            keys.add("pattern.letter." + colour);
        }
        return keys;
    }

    /** The day names in the calendar world's JSON, from a real world. */
    private static List<String> weekDays() {
        var state = Worlds.standard().get("calendar").orElseThrow().create(JSON.readTree("{\"startDay\": \"Monday\", \"days\": 1}")).state();
        return stringList(state.toJson().get("week"));
    }

    /** Every bead colour: a pattern world that names no colours offers them all. */
    private static List<String> beadColours() {
        var state = Worlds.standard().get("pattern").orElseThrow().create(JSON.readTree("{\"target\": [\"red\"]}")).state();
        return stringList(state.toJson().get("colours"));
    }

    private static List<String> stringList(Object value) {
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add((String) item);
        }
        assertThat(items).isNotEmpty();
        return items;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StageLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

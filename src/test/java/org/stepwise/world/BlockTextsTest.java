package org.stepwise.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The words on the world blocks come from one message table per language; the definitions only
 * refer to them. A reference without a message in some language, a message nobody uses, or text
 * written straight into a definition fails here.
 */
class BlockTextsTest {

    private static final Path MESSAGES = Path.of("src/main/frontend/blocks/msg");

    @Test
    void every_message_reference_has_a_text_in_english_and_in_every_other_language() {
        for (String language : BlockTexts.LANGUAGES) {
            BlockTexts texts = BlockTexts.load(language);
            List<String> missing = new ArrayList<>();
            for (String key : referencedKeys()) {
                if (!texts.messages().containsKey(key)) {
                    missing.add("%{BKY_" + key + "}");
                }
            }
            assertThat(missing).as("references without a text in src/main/frontend/blocks/msg/" + language + ".json").isEmpty();
        }
    }

    @Test
    void every_message_is_used_by_some_block() {
        for (String language : BlockTexts.LANGUAGES) {
            Set<String> unused = new LinkedHashSet<>(BlockTexts.load(language).messages().keySet());
            unused.removeAll(referencedKeys());
            assertThat(unused).as("messages in " + language + ".json that no block definition refers to").isEmpty();
        }
    }

    @Test
    void block_definitions_hold_no_text_of_their_own() {
        for (WorldType world : Worlds.standard().all()) {
            for (JsonNode definition : json(world.blockDefinitions())) {
                String type = definition.path("type").asString();
                List<String> texts = new ArrayList<>(List.of(definition.path("message0").asString(""), definition.path("tooltip").asString("")));
                for (JsonNode arg : definition.path("args0")) {
                    arg.path("options").forEach(option -> texts.add(option.get(0).asString()));
                }
                for (String text : texts) {
                    assertThat(text).as(type + ": text must be a single %{BKY_…} reference so it can be translated").matches("%\\{BKY_[A-Z0-9_]+}");
                    assertThat(BlockTexts.references(text).getFirst()).as(type + ": message keys start with the block type")
                            .startsWith(type.toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void the_message_tables_are_exactly_the_listed_languages() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    BlockTexts.LANGUAGES.stream().map(language -> language + ".json").toList());
        }
    }

    @Test
    void spanish_block_texts_are_spanish() {
        BlockTexts spanish = BlockTexts.load("es");

        assertThat(spanish.resolve("%{BKY_CALENDAR_NEXT_DAY}")).isEqualTo("gira la rueda al día siguiente");
        assertThat(spanish.resolve("%{BKY_CALENDAR_DAY_IS_WEDNESDAY}")).isEqualTo("miércoles");
        assertThat(BlockTexts.forLocale(Locale.forLanguageTag("es-MX")).language()).isEqualTo("es");
    }

    @Test
    void a_language_without_a_table_falls_back_to_english_for_a_locale_and_is_refused_by_name() {
        assertThat(BlockTexts.forLocale(Locale.GERMAN).language()).isEqualTo("en");
        assertThatThrownBy(() -> BlockTexts.load("de")).hasMessageContaining("\"de\"").hasMessageContaining("[en, es]");
    }

    @Test
    void resolving_a_reference_without_a_text_names_the_key_and_the_file() {
        BlockTexts english = BlockTexts.load("en");

        assertThat(english.resolve("%{BKY_BUILDING_TURN} — %{BKY_BUILDING_TURN_LEFT}")).isEqualTo("turn %1 — left ↺");
        assertThatThrownBy(() -> english.resolve("%{BKY_CALENDAR_FLY}"))
                .hasMessageContaining("%{BKY_CALENDAR_FLY}").hasMessageContaining("msg/en.json");
    }

    private static Set<String> referencedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (WorldType world : Worlds.standard().all()) {
            for (JsonNode definition : json(world.blockDefinitions())) {
                keys.addAll(BlockTexts.references(definition.toString()));
            }
        }
        return keys;
    }
}

package org.stepwise.blockly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Java half of the workspace, without a browser: what it sends to the element and what it accepts. */
@ViewPackages(packages = "org.stepwise.blockly.no.views") // a UI without the app's views, which need Spring
class BlocklyWorkspaceTest extends BrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlocklyWorkspace workspace = new BlocklyWorkspace();

    @Test
    void the_toolbox_is_sent_in_the_order_given() {
        workspace.setToolbox(List.of("calendar_answer", "controls_whileUntil", "calendar_next_day"));

        assertThat(property("toolbox")).hasToString("[\"calendar_answer\",\"controls_whileUntil\",\"calendar_next_day\"]");
        assertThat(workspace.getToolbox()).containsExactly("calendar_answer", "controls_whileUntil", "calendar_next_day");
    }

    @Test
    void a_toolbox_with_a_block_its_world_does_not_have_is_refused_naming_the_block_and_the_world() {
        assertThatThrownBy(() -> workspace.setToolbox(List.of("calendar_next_day", "calendar_previous_day")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"calendar_previous_day\"").hasMessageContaining("calendar world").hasMessageContaining("calendar_next_day");
        assertThatThrownBy(() -> workspace.setToolbox(List.of("Turn Left"))).hasMessageContaining("\"Turn Left\"");
        assertThat(workspace.getToolbox()).isEmpty();
    }

    @Test
    void every_world_block_is_defined_for_the_browser_so_any_saved_program_loads() {
        List<String> types = new ArrayList<>();
        property("blockDefinitions").forEach(definition -> types.add(definition.path("type").asString()));

        assertThat(types).contains("calendar_next_day", "building_turn", "pattern_place", "sorting_swap", "answer_give");
    }

    @Test
    void a_program_that_is_not_a_json_object_is_refused_and_an_empty_one_clears() {
        assertThatThrownBy(() -> workspace.setWorkspace("[1, 2]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> workspace.setWorkspace("{\"blocks\": ")).hasMessageContaining("must be JSON");

        workspace.setWorkspace(" {\"blocks\": {\"languageVersion\": 0, \"blocks\": []}} ");
        assertThat(workspace.getWorkspace()).startsWith("{\"blocks\"");
        workspace.setWorkspace("");
        assertThat(workspace.getWorkspace()).isEmpty();
    }

    @Test
    void the_last_program_and_count_from_the_browser_are_kept() {
        List<String> heard = new ArrayList<>();
        workspace.addWorkspaceChangeListener(e -> heard.add(e.getWorkspaceJson()));
        String program = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"calendar_next_day\",\"id\":\"a\"}]}}";

        ComponentUtil.fireEvent(workspace, new WorkspaceChangeEvent(workspace, true, program, 1));

        assertThat(heard).containsExactly(program);
        assertThat(workspace.getWorkspace()).isEqualTo(program);
        assertThat(workspace.getBlockCount()).isEqualTo(1);
        ComponentUtil.fireEvent(workspace, new BlockCountChangeEvent(workspace, true, 4));
        assertThat(workspace.getBlockCount()).isEqualTo(4);
    }

    @Test
    void spanish_sends_spanish_block_texts_and_keyboard_help_and_an_unknown_language_falls_back_to_english() {
        UI.getCurrent().add(workspace);

        workspace.setLanguage(Locale.forLanguageTag("es-ES"));

        assertThat(workspace.getElement().getProperty("language")).isEqualTo("es");
        assertThat(property("blockMessages").path("CALENDAR_NEXT_DAY").asString()).isEqualTo("gira la rueda al día siguiente");
        assertThat(property("keyboardHelp").path("title").asString()).isEqualTo("Usar el teclado");
        assertThat(property("keyboardHelp").path("rows")).hasSize(BlocklyWorkspace.KEYBOARD_HELP_ROWS.size());
        assertThat(property("keyboardHelp").path("rows").get(1).path("action").asString()).isEqualTo("Abrir los bloques para elegir");

        workspace.setLanguage(Locale.JAPANESE);

        assertThat(workspace.getElement().getProperty("language")).isEqualTo("en");
        assertThat(property("keyboardHelp").path("title").asString()).isEqualTo("Using the keyboard");
    }

    @Test
    void without_a_language_of_its_own_the_workspace_speaks_the_uis() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        UI.getCurrent().add(workspace);

        assertThat(workspace.getElement().getProperty("language")).isEqualTo("es");
    }

    @Test
    void limit_editability_and_backup_key_reach_the_element() {
        workspace.setBlockLimit(6);
        workspace.setEditable(false);
        workspace.setLocalStorageKey("stepwise.exercise.days");
        assertThat(workspace.getElement().getProperty("maxBlocks", 0)).isEqualTo(6);
        assertThat(workspace.getElement().getProperty("editable", true)).isFalse();
        assertThat(workspace.getElement().getProperty("localStorageKey")).isEqualTo("stepwise.exercise.days");

        workspace.setBlockLimit(null);
        workspace.setLocalStorageKey(null);
        assertThat(workspace.getElement().getProperty("maxBlocks", 0)).isEqualTo(-1);
        assertThat(workspace.getElement().getProperty("localStorageKey")).isEmpty();
        assertThat(workspace.getBlockLimit()).isEmpty();
        assertThatThrownBy(() -> workspace.setBlockLimit(-2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> workspace.setLocalStorageKey(" ")).hasMessageContaining("blank");
    }

    @Test
    void every_keyboard_help_and_blockly_text_exists_in_english_and_spanish_with_blocklys_placeholders() throws IOException {
        List<String> keys = new ArrayList<>(List.of("blockly.keyboard.title", "blockly.keyboard.intro", "blockly.keyboard.close"));
        BlocklyWorkspace.KEYBOARD_HELP_ROWS.forEach(row -> keys.addAll(List.of("blockly.keyboard." + row + ".keys", "blockly.keyboard." + row + ".action")));
        keys.addAll(BlocklyWorkspace.BLOCKLY_TEXTS.values());
        Properties english = bundle("translations.properties");
        Properties spanish = bundle("translations_es.properties");
        for (String key : keys) {
            assertThat(english.getProperty(key)).as("translations.properties " + key).isNotBlank();
            assertThat(spanish.getProperty(key)).as("translations_es.properties " + key).isNotBlank();
            assertThat(placeholders(spanish.getProperty(key))).as(key + ": Blockly fills in %1, %2 in both languages")
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        assertThat(placeholders(english.getProperty("blockly.keyboard.prompt"))).containsExactly("%1");
    }

    @Test
    void spanish_keyboard_hints_replace_blocklys_untranslated_ones() {
        UI.getCurrent().add(workspace);

        workspace.setLanguage(Locale.forLanguageTag("es"));

        assertThat(property("blocklyMessages").path("KEYBOARD_NAV_CONSTRAINED_MOVE_HINT").asString())
                .isEqualTo("Usa las flechas para mover el bloque y luego %1 para soltarlo");
        assertThat(property("blocklyMessages").path("HELP_PROMPT").asString()).isEqualTo("Pulsa %1 para ver la ayuda del teclado");
    }

    private Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("vaadin-i18n/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("%\\d").matcher(text).results().map(r -> r.group()).sorted().toList();
    }

    private JsonNode property(String name) {
        return JSON.readTree(JSON.writeValueAsString(workspace.getElement().getPropertyRaw(name)));
    }
}

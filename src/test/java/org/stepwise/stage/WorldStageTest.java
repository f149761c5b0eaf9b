package org.stepwise.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** What the Java side of the stage hands the browser: the scene, the labels, the animation time. */
@SpringBootTest
class WorldStageTest extends SpringBrowserlessTest {

    @Test
    void show_hands_the_browser_the_world_its_state_and_its_description() {
        WorldStage stage = new WorldStage();

        stage.show("sorting", "{\"cards\": [5, 3], \"pointer\": 0}", "The cards are 5, 3.");

        JsonNode scene = (JsonNode) stage.getElement().getPropertyRaw("scene");
        assertThat(scene.get("world").asString()).isEqualTo("sorting");
        assertThat(scene.get("state").get("cards").get(1).asInt()).isEqualTo(3);
        assertThat(scene.get("description").asString()).isEqualTo("The cards are 5, 3.");
        assertThat(stage.getWorldType()).isEqualTo("sorting");
        assertThat(stage.getDescription()).isEqualTo("The cards are 5, 3.");

        stage.clear();
        assertThat(stage.getWorldType()).isNull();
        assertThat(((JsonNode) stage.getElement().getPropertyRaw("scene")).isNull()).isTrue();
    }

    @Test
    void a_state_that_is_not_a_json_object_is_refused_with_the_world_named() {
        WorldStage stage = new WorldStage();

        assertThatThrownBy(() -> stage.show("calendar", "{\"day\": ", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendar world is not JSON");
        assertThatThrownBy(() -> stage.show("calendar", "[1, 2]", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendar world must be a JSON object");
    }

    @Test
    void the_animation_time_is_between_0_and_5_seconds() {
        WorldStage stage = new WorldStage();
        assertThat(stage.getElement().getProperty("animationMillis", -1)).isEqualTo(WorldStage.DEFAULT_ANIMATION_MILLIS);

        stage.setAnimationMillis(0);
        assertThat(stage.getElement().getProperty("animationMillis", -1)).isZero();
        assertThatThrownBy(() -> stage.setAnimationMillis(-1)).hasMessageContaining("0 to 5000 ms, not -1");
        assertThatThrownBy(() -> stage.setAnimationMillis(6000)).hasMessageContaining("not 6000");
    }

    @Test
    void the_picture_gets_its_texts_in_the_language_set() {
        navigate(StageTestView.class);
        WorldStage stage = $(WorldStage.class).single();
        assertThat(labels(stage).get("calendar.day.Monday").asString()).isEqualTo("Monday");
        assertThat(labels(stage).get("building.find").asString()).isEqualTo("Find room {0}");

        stage.setLocale(Locale.forLanguageTag("es"));

        assertThat(labels(stage).get("calendar.day.Monday").asString()).isEqualTo("Lunes");
        assertThat(labels(stage).get("pattern.count").asString()).isEqualTo("{0} de {1}");
        assertThat(labels(stage).size()).isEqualTo(WorldStage.labelKeys().size());
    }

    private static JsonNode labels(WorldStage stage) {
        return (JsonNode) stage.getElement().getPropertyRaw("labels");
    }
}

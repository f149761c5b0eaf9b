package org.stepwise.stage;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Draws the state of a micro-world as a picture (SVG) and animates the change from one step to the
 * next: the week wheel turns, the walker walks, beads drop onto the string, cards swap places.
 * The picture scales to the component's size; give it a height (or let it take the width and
 * keep its shape).
 *
 * <pre>{@code
 * WorldStage stage = new WorldStage();
 * stage.show("calendar", state.toJson() as JSON text, state.describe().render(locale));
 * }</pre>
 *
 * The description is the picture's text alternative and is announced to screen readers when it
 * changes (an {@code aria-live="polite"} region). Texts inside the picture come from the
 * {@code stage.*} keys of the translation bundle, in the UI's language or the one given to
 * {@link #setLocale(Locale)}. With the reader's "reduce motion" setting, nothing moves.
 */
@Tag("stepwise-stage")
@JsModule("./stage/stepwise-stage.js")
public class WorldStage extends Component implements HasSize {

    /** How long a step's animation takes unless set otherwise. */
    public static final int DEFAULT_ANIMATION_MILLIS = 400;
    /** The longest animation allowed. */
    public static final int MAX_ANIMATION_MILLIS = 5_000;
    /** Keys of the translation bundle that the picture uses start with this; the browser gets them without it. */
    static final String LABEL_PREFIX = "stage.";
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private @Nullable Locale locale;
    private @Nullable String worldType;
    private @Nullable String stateJson;
    private String description = "";
    private int animationMillis;

    public WorldStage() {
        setAnimationMillis(DEFAULT_ANIMATION_MILLIS);
    }

    /**
     * Shows a world's state, animating the change from the state shown before when it is the same
     * world.
     *
     * @param worldType   the world's id as exercise files name it: {@code calendar}, {@code building},
     *                    {@code pattern}, {@code sorting} or {@code answer}; another id shows a
     *                    message that there is no picture for it
     * @param stateJson   the world's {@code WorldState.toJson()} written as JSON text (an object)
     * @param description the state in words ({@code WorldState.describe()} in the reader's language)
     * @throws IllegalArgumentException when {@code stateJson} is not a JSON object
     */
    public void show(String worldType, String stateJson, String description) {
        JsonNode state;
        try {
            state = JSON.readTree(stateJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The state of the " + worldType + " world is not JSON (" + e.getOriginalMessage() + "): "
                    + shortened(stateJson), e);
        }
        if (state == null || !state.isObject()) {
            throw new IllegalArgumentException("The state of the " + worldType + " world must be a JSON object, not: " + shortened(stateJson));
        }
        ObjectNode scene = JSON.createObjectNode();
        scene.put("world", worldType);
        scene.set("state", state);
        scene.put("description", description);
        getElement().setPropertyJson("scene", scene);
        this.worldType = worldType;
        this.stateJson = stateJson;
        this.description = description;
    }

    /** Shows nothing (an empty stage). */
    public void clear() {
        getElement().setPropertyJson("scene", NullNode.getInstance());
        worldType = null;
        stateJson = null;
        description = "";
    }

    /** The world shown, or null when the stage is empty. */
    public @Nullable String getWorldType() {
        return worldType;
    }

    /** The state shown, as given to {@link #show}, or null when the stage is empty. */
    public @Nullable String getStateJson() {
        return stateJson;
    }

    /** The description of the state shown ("" when the stage is empty). */
    public String getDescription() {
        return description;
    }

    /**
     * How long the change from one step to the next takes (a speed slider sets it).
     *
     * @param millis 0 (no animation: each step appears at once) to {@value #MAX_ANIMATION_MILLIS}
     */
    public void setAnimationMillis(int millis) {
        if (millis < 0 || millis > MAX_ANIMATION_MILLIS) {
            throw new IllegalArgumentException("The animation must last 0 to " + MAX_ANIMATION_MILLIS + " ms, not " + millis);
        }
        animationMillis = millis;
        getElement().setProperty("animationMillis", millis);
    }

    public int getAnimationMillis() {
        return animationMillis;
    }

    /** Draws the picture's texts (day names, "Steps: 4"…) in this language from now on, instead of the UI's. */
    public void setLocale(Locale locale) {
        this.locale = locale;
        sendLabels(locale);
    }

    /** The language of the picture's texts: the one set, else the UI's. */
    @Override
    public Locale getLocale() {
        return locale != null ? locale : super.getLocale();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        sendLabels(getLocale());
    }

    /** The picture's texts in a language, by key without {@value #LABEL_PREFIX}: what the browser gets. */
    public Map<String, String> labels(Locale language) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : labelKeys()) {
            labels.put(key.substring(LABEL_PREFIX.length()), getTranslation(language, key));
        }
        return labels;
    }

    private void sendLabels(Locale language) {
        ObjectNode node = JSON.createObjectNode();
        labels(language).forEach(node::put);
        getElement().setPropertyJson("labels", node);
    }

    /** Every {@code stage.*} key of the (English) translation bundle, sorted. */
    static List<String> labelKeys() {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = new ArrayList<>();
        for (String key : Collections.list(english.getKeys())) {
            if (key.startsWith(LABEL_PREFIX)) {
                keys.add(key);
            }
        }
        Collections.sort(keys);
        return keys;
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}

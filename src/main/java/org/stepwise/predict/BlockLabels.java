package org.stepwise.predict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.world.BlockTexts;
import org.stepwise.world.WorldType;
import org.stepwise.world.Worlds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Short labels that say what a block does, in the reader's language: "walk forward",
 * "turn left ↺", "repeat 4 times", "if there is a sign here", "set day to day + 1".
 *
 * <p>World blocks are labelled with the words on the block itself: their {@code message0} from the
 * block definitions, with the texts of {@link BlockTexts}, fields filled in (the dropdown's option
 * label, the number) and value inputs described the same way, inner blocks first shortened to "…"
 * when the label would grow past {@value #MAX_LENGTH} characters. Blockly's standard blocks have no
 * texts on the server (their words live in Blockly's own message files in the browser), so their
 * labels come from this module's bundle {@code org.stepwise.predict.labels}; a block type with no
 * label there is labelled with its type name.
 *
 * <p>Immutable and safe to share; reads the block definitions and texts once.
 */
public final class BlockLabels {

    /** Labels are kept to about this many characters by shortening inner blocks to "…". */
    public static final int MAX_LENGTH = 40;

    static final String BUNDLE = "org.stepwise.predict.labels";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> worldDefinitions;
    private final Map<String, BlockTexts> texts;

    /** Labels for the world blocks of these worlds (and Blockly's standard blocks). */
    public BlockLabels(Worlds worlds) {
        Map<String, JsonNode> definitions = new LinkedHashMap<>();
        for (WorldType world : worlds.all()) {
            JsonNode array;
            try {
                array = JSON.readTree(world.blockDefinitions());
            } catch (JacksonException e) {
                throw new IllegalStateException("the block definitions of the world " + world.id() + " are not JSON: " + e.getOriginalMessage(), e);
            }
            for (JsonNode definition : array) {
                definitions.put(definition.path("type").asString(""), definition);
            }
        }
        this.worldDefinitions = Map.copyOf(definitions);
        Map<String, BlockTexts> loaded = new LinkedHashMap<>();
        for (String language : BlockTexts.LANGUAGES) {
            loaded.put(language, BlockTexts.load(language));
        }
        this.texts = Map.copyOf(loaded);
    }

    /** Labels for the standard worlds' blocks. */
    public static BlockLabels standard() {
        return new BlockLabels(Worlds.standard());
    }

    /**
     * A workspace read once, to label any of its blocks.
     *
     * @param workspaceJson a workspace in Blockly's JSON save format, as students' programs are stored
     * @throws IllegalArgumentException when the text is not JSON or not a workspace
     */
    public WorkspaceLabels of(String workspaceJson) {
        JsonNode root;
        try {
            root = JSON.readTree(workspaceJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The workspace is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The workspace must be a JSON object with \"blocks\"");
        }
        return new WorkspaceLabels(this, root);
    }

    /**
     * The label of one block of a workspace.
     *
     * @throws IllegalArgumentException when the workspace cannot be read or has no block with this id
     */
    public String label(String workspaceJson, String blockId, Locale locale) {
        return of(workspaceJson).label(blockId, locale);
    }

    /** The languages labels exist in, English (the fallback) first. */
    public static List<String> languages() {
        return BlockTexts.LANGUAGES;
    }

    @Nullable JsonNode worldDefinition(String type) {
        return worldDefinitions.get(type);
    }

    boolean isWorldBlock(String type) {
        return worldDefinitions.containsKey(type);
    }

    BlockTexts texts(String language) {
        return texts.get(language);
    }
}

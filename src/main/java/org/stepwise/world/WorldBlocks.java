package org.stepwise.world;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.stepwise.program.BlockShapes;

/**
 * A world's blocks: the Blockly JSON definitions in {@code src/main/frontend/blocks/<world>.json}
 * (the browser gets the same JSON, sent by the Blockly component; the build copies it to
 * {@code blocks/} on the classpath; its words are in {@code blocks/msg/}, see {@link BlockTexts}) and
 * the shapes the parser reads from them.
 *
 * @param definitions the JSON array exactly as the browser loads it
 * @param shapes      what the parser needs to know about each block
 */
public record WorldBlocks(String definitions, BlockShapes shapes) {

    /**
     * Loads a world's block definitions and checks them against the block types the world
     * implements, so that a block without an action or sensor (or the other way round) is found
     * when the world is made, not when a student uses the block.
     *
     * @throws IllegalStateException when the file is missing or does not match {@code implemented}
     */
    public static WorldBlocks load(String worldId, Set<String> implemented) {
        String resource = "blocks/" + worldId + ".json";
        String json;
        try (InputStream in = WorldBlocks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (the build copies src/main/frontend/blocks there)");
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        BlockShapes shapes = BlockShapes.fromDefinitions(json);
        Set<String> defined = new TreeSet<>(shapes.types());
        if (!defined.equals(new TreeSet<>(implemented))) {
            Set<String> withoutCode = new TreeSet<>(defined);
            withoutCode.removeAll(implemented);
            Set<String> withoutDefinition = new TreeSet<>(implemented);
            withoutDefinition.removeAll(defined);
            throw new IllegalStateException(resource + ": blocks without an implementation " + withoutCode
                    + ", implemented blocks without a definition " + withoutDefinition);
        }
        for (String type : defined) {
            if (!type.startsWith(worldId + "_")) {
                throw new IllegalStateException(resource + ": block type \"" + type + "\" must start with \"" + worldId + "_\"");
            }
        }
        return new WorldBlocks(json, shapes);
    }
}

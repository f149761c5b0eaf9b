package org.stepwise.world.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stepwise.world.SetupReader;
import org.stepwise.world.WorldMessages;
import tools.jackson.databind.JsonNode;

/**
 * A pattern case.
 *
 * @param target  the row to make, first bead first
 * @param colours the colours there are beads of, in the order the set-up lists them
 */
record PatternSetup(List<Colour> target, List<Colour> colours) {

    static final int MAX_BEADS = 200;
    static final String EXAMPLE = "{\"target\": [\"red\", \"blue\", \"red\", \"blue\"], \"colours\": [\"red\", \"blue\", \"yellow\"]}";

    PatternSetup {
        target = List.copyOf(target);
        colours = List.copyOf(colours);
    }

    static PatternSetup read(JsonNode setup) {
        JsonNode s = SetupReader.object(setup, "setup", EXAMPLE, "target", "colours");
        List<Colour> colours;
        JsonNode coloursNode = SetupReader.optional(s, "colours");
        if (coloursNode == null) {
            colours = Arrays.asList(Colour.values());
        } else {
            SetupReader.list(coloursNode, "setup.colours", 1, Colour.values().length);
            Set<Colour> distinct = new LinkedHashSet<>();
            for (int i = 0; i < coloursNode.size(); i++) {
                distinct.add(colour(coloursNode.get(i), "setup.colours[" + i + "]"));
            }
            colours = List.copyOf(distinct);
        }
        JsonNode targetNode = SetupReader.list(SetupReader.required(s, "setup", "target"), "setup.target", 1, MAX_BEADS);
        List<Colour> target = new ArrayList<>();
        for (int i = 0; i < targetNode.size(); i++) {
            String path = "setup.target[" + i + "]";
            Colour bead = colour(targetNode.get(i), path);
            if (!colours.contains(bead)) {
                throw SetupReader.problem(path, "pattern.setup.colour-not-offered", bead.word(),
                        WorldMessages.listInWords(Colour.words(colours)));
            }
            target.add(bead);
        }
        return new PatternSetup(target, colours);
    }

    private static Colour colour(JsonNode node, String path) {
        return SetupReader.choice(node, path, Colour.class, WorldMessages.of("pattern.setup.not-a-colour", SetupReader.shown(node)));
    }
}

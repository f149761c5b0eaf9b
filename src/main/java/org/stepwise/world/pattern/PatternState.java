package org.stepwise.world.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.program.Message;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldMessages;

/**
 * The row of beads at one moment.
 *
 * @param beads  the beads placed so far, first bead first
 * @param target the pattern to make (how long the row may get)
 * @param colours the colours there are beads of
 */
record PatternState(List<Colour> beads, List<Colour> target, List<Colour> colours) implements WorldState {

    PatternState {
        beads = List.copyOf(beads);
        target = List.copyOf(target);
        colours = List.copyOf(colours);
    }

    boolean full() {
        return beads.size() >= target.size();
    }

    PatternState placed(Colour bead) {
        List<Colour> more = new ArrayList<>(beads);
        more.add(bead);
        return new PatternState(more, target, colours);
    }

    /** "The row has 3 beads: red, blue, red. There is room for 1 more." */
    @Override
    public Message describe() {
        if (beads.isEmpty()) {
            return WorldMessages.of("pattern.state.empty", target.size());
        }
        if (full()) {
            return WorldMessages.of("pattern.state.full", beads.size(), Colour.row(beads));
        }
        return WorldMessages.of("pattern.state", beads.size(), Colour.row(beads), target.size() - beads.size());
    }

    /**
     * {@code {"beads": ["red", "blue"], "target": ["red", "blue", "red"], "colours": ["red", "blue"],
     * "count": 2, "length": 3, "full": false}}.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("beads", Colour.words(beads));
        json.put("target", Colour.words(target));
        json.put("colours", Colour.words(colours));
        json.put("count", beads.size());
        json.put("length", target.size());
        json.put("full", full());
        return json;
    }
}

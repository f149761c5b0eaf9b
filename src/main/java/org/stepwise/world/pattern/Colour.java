package org.stepwise.world.pattern;

import java.util.List;
import java.util.Locale;

/** The bead colours; the {@code COLOUR} dropdown of {@code pattern_place} uses these names. */
enum Colour {
    RED, BLUE, YELLOW, GREEN, PURPLE, ORANGE;

    /** "red", as set-ups and messages write it. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> words(List<Colour> colours) {
        return colours.stream().map(Colour::word).toList();
    }

    /** "red, blue, red": a row of beads in words, cut after 30. */
    static String row(List<Colour> beads) {
        List<String> words = words(beads.size() > 30 ? beads.subList(0, 30) : beads);
        return String.join(", ", words) + (beads.size() > 30 ? ", …" : "");
    }
}

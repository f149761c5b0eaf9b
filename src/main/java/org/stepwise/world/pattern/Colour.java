package org.stepwise.world.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.program.Message;
import org.stepwise.world.WorldMessages;

/** The bead colours; the {@code COLOUR} dropdown of {@code pattern_place} uses these names. */
enum Colour {
    RED, BLUE, YELLOW, GREEN, PURPLE, ORANGE;

    private static final int SHOWN_IN_A_ROW = 30;

    /** "red", as set-ups and {@code toJson()} write it (the same in every language). */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour in the reader's language, for messages: "red", "rojo". */
    Message inWords() {
        return WorldMessages.of(switch (this) {
            case RED -> "pattern.colour.red";
            case BLUE -> "pattern.colour.blue";
            case YELLOW -> "pattern.colour.yellow";
            case GREEN -> "pattern.colour.green";
            case PURPLE -> "pattern.colour.purple";
            case ORANGE -> "pattern.colour.orange";
        });
    }

    static List<String> words(List<Colour> colours) {
        return colours.stream().map(Colour::word).toList();
    }

    /** The colours in the reader's language, for messages. */
    static List<Message> inWords(List<Colour> colours) {
        return colours.stream().map(Colour::inWords).toList();
    }

    /** "red, blue, red": a row of beads in the reader's language, cut after 30. */
    static Object row(List<Colour> beads) {
        boolean cut = beads.size() > SHOWN_IN_A_ROW;
        List<Object> shown = new ArrayList<>(inWords(cut ? beads.subList(0, SHOWN_IN_A_ROW) : beads));
        if (cut) {
            shown.add("…");
        }
        return WorldMessages.joined(shown);
    }
}

package org.stepwise.world.sorting;

import java.util.List;
import org.stepwise.program.JsSemantics;
import org.stepwise.world.JsonNumbers;

/** A card with a number or a word on it; a row holds only numbers or only words. */
sealed interface Card {

    /** What the card shows: "5", "2.5", "apple". */
    String label();

    /** The card for {@code toJson()}: a number or a text. */
    Object json();

    record Num(double value) implements Card {
        @Override
        public String label() {
            return JsSemantics.numberToString(value);
        }

        @Override
        public Object json() {
            return JsonNumbers.of(value);
        }
    }

    record Word(String text) implements Card {
        @Override
        public String label() {
            return text;
        }

        @Override
        public Object json() {
            return text;
        }
    }

    /** "5, 3, 8, 1": a row in words, cut after 30 cards. */
    static String row(List<Card> cards) {
        List<String> labels = (cards.size() > 30 ? cards.subList(0, 30) : cards).stream().map(Card::label).toList();
        return String.join(", ", labels) + (cards.size() > 30 ? ", …" : "");
    }
}

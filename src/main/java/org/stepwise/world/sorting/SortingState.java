package org.stepwise.world.sorting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.program.Message;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldMessages;

/**
 * The row of cards at one moment.
 *
 * @param cards       the cards, left to right
 * @param pointer     the card the pointer is at, counted from 0
 * @param swaps       how many swaps the program made
 * @param comparisons how many times the program compared two cards ("is bigger?" not at the last card)
 */
record SortingState(List<Card> cards, int pointer, int swaps, int comparisons) implements WorldState {

    SortingState {
        cards = List.copyOf(cards);
    }

    boolean atLast() {
        return pointer == cards.size() - 1;
    }

    SortingState movedTo(int index) {
        return new SortingState(cards, index, swaps, comparisons);
    }

    SortingState swapped() {
        List<Card> row = new ArrayList<>(cards);
        Collections.swap(row, pointer, pointer + 1);
        return new SortingState(row, pointer, swaps + 1, comparisons);
    }

    SortingState compared() {
        return new SortingState(cards, pointer, swaps, comparisons + 1);
    }

    /** "The cards are 5, 3, 8, 1. The pointer is at card 2 (3). You have not swapped any cards yet." */
    @Override
    public Message describe() {
        return WorldMessages.of("sorting.state", Card.row(cards), pointer + 1, cards.get(pointer).label(), swaps);
    }

    /**
     * {@code {"cards": [3, 5, 8, 1], "words": false, "pointer": 1, "position": 2, "swaps": 1,
     * "comparisons": 1}}; {@code pointer} counts from 0, {@code position} from 1 (as the
     * "position" block says it).
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cards", cards.stream().map(Card::json).toList());
        json.put("words", cards.getFirst() instanceof Card.Word);
        json.put("pointer", pointer);
        json.put("position", pointer + 1);
        json.put("swaps", swaps);
        json.put("comparisons", comparisons);
        return json;
    }
}

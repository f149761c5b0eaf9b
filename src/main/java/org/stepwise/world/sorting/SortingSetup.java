package org.stepwise.world.sorting;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.world.SetupReader;
import tools.jackson.databind.JsonNode;

/**
 * A sorting case: the cards in the order they lie at the start.
 *
 * @param cards only numbers or only words
 */
record SortingSetup(List<Card> cards) {

    static final int MAX_CARDS = 100;
    static final int MAX_WORD_LENGTH = 40;
    static final String EXAMPLE = "{\"cards\": [5, 3, 8, 1]}";

    SortingSetup {
        cards = List.copyOf(cards);
    }

    boolean words() {
        return cards.getFirst() instanceof Card.Word;
    }

    static SortingSetup read(JsonNode setup) {
        JsonNode s = SetupReader.object(setup, "setup", EXAMPLE, "cards");
        JsonNode list = SetupReader.list(SetupReader.required(s, "setup", "cards"), "setup.cards", 1, MAX_CARDS);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "setup.cards[" + i + "]";
            JsonNode item = list.get(i);
            Card card;
            if (item.isNumber() && Double.isFinite(item.asDouble())) {
                card = new Card.Num(item.asDouble());
            } else if (item.isString() && !item.asString().isBlank()) {
                String word = item.asString().strip();
                if (word.length() > MAX_WORD_LENGTH) {
                    throw SetupReader.problem(path, "sorting.setup.word-too-long", word.length(), MAX_WORD_LENGTH);
                }
                card = new Card.Word(word);
            } else {
                throw SetupReader.problem(path, "sorting.setup.not-a-card", SetupReader.shown(item));
            }
            if (!cards.isEmpty() && cards.getFirst().getClass() != card.getClass()) {
                throw SetupReader.problem(path, card instanceof Card.Word ? "sorting.setup.word-among-numbers" : "sorting.setup.number-among-words",
                        SetupReader.shown(item));
            }
            cards.add(card);
        }
        return new SortingSetup(cards);
    }
}

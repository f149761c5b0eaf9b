package org.stepwise.world.sorting;

import java.util.List;
import java.util.Set;
import org.stepwise.program.BlockShapes;
import org.stepwise.program.Message;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldBlocks;
import org.stepwise.world.WorldMessages;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

/**
 * Sorting: a row of cards to put in order, smallest first, by moving a pointer along the row and
 * swapping the card at the pointer with the next one.
 *
 * <p>Set-up: {@code {"cards": [5, 3, 8, 1]}} or {@code {"cards": ["pear", "apple", "fig"]}} — 1 to
 * 100 cards, only numbers or only words (at most 40 characters). Words go in dictionary order, see
 * {@link CardOrder}: case is ignored and accents only break ties. The goal needs no expectation:
 * the cards must be in order; {@code expect} is not used.
 *
 * <p>Blocks: {@code sorting_move_right}, {@code sorting_move_left}, {@code sorting_move_to_start}
 * (moving off either end is a FAILURE), {@code sorting_swap} (the card at the pointer with the next
 * one; a FAILURE at the last card), {@code sorting_is_bigger} (the card at the pointer comes after
 * the next card; false at the last card), {@code sorting_at_last}, {@code sorting_card_count} and
 * {@code sorting_position} (of the pointer, from 1). The pointer starts at the first card. The state
 * counts swaps and comparisons, for comparing ways of sorting.
 */
public final class SortingWorldType implements WorldType {

    public static final String ID = "sorting";
    static final String MOVE_RIGHT = "sorting_move_right";
    static final String MOVE_LEFT = "sorting_move_left";
    static final String MOVE_TO_START = "sorting_move_to_start";
    static final String SWAP = "sorting_swap";
    static final String IS_BIGGER = "sorting_is_bigger";
    static final String AT_LAST = "sorting_at_last";
    static final String CARD_COUNT = "sorting_card_count";
    static final String POSITION = "sorting_position";

    private final WorldBlocks blocks = WorldBlocks.load(ID,
            Set.of(MOVE_RIGHT, MOVE_LEFT, MOVE_TO_START, SWAP, IS_BIGGER, AT_LAST, CARD_COUNT, POSITION));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BlockShapes blocks() {
        return blocks.shapes();
    }

    @Override
    public String blockDefinitions() {
        return blocks.definitions();
    }

    @Override
    public World create(JsonNode setup) {
        return new SortingWorld(SortingSetup.read(setup));
    }

    @Override
    public Goal check(JsonNode setup, JsonNode expect, WorldState finalState, List<String> printed) {
        boolean words = SortingSetup.read(setup).words();
        if (!(finalState instanceof SortingState state)) {
            throw new IllegalArgumentException("not a sorting state: " + finalState);
        }
        CardOrder order = new CardOrder();
        List<Card> cards = state.cards();
        for (int i = 0; i + 1 < cards.size(); i++) {
            if (order.compare(cards.get(i), cards.get(i + 1)) > 0) {
                return new Goal(false, WorldMessages.of(words ? "sorting.goal.words" : "sorting.goal.numbers",
                        cards.get(i).label(), cards.get(i + 1).label(), i + 1, i + 2));
            }
        }
        return new Goal(true, WorldMessages.of("sorting.goal.met", Card.row(cards)));
    }

    @Override
    public Message describeSetup(JsonNode setup) {
        SortingSetup s = SortingSetup.read(setup);
        return WorldMessages.of(s.words() ? "sorting.setup.words" : "sorting.setup.numbers", s.cards().size(), Card.row(s.cards()));
    }
}

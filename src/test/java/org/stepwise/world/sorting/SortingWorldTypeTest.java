package org.stepwise.world.sorting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.getVariable;
import static org.stepwise.world.BlocklyJson.ifThen;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.repeat;
import static org.stepwise.world.BlocklyJson.setVariable;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.until;
import static org.stepwise.world.BlocklyJson.whileLoop;
import static org.stepwise.world.BlocklyJson.workspace;
import static org.stepwise.world.WorldRuns.call;
import static org.stepwise.world.WorldRuns.runAndCheck;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.program.Outcome;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldException;
import org.stepwise.world.SetupException;
import org.stepwise.world.WorldRuns;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

class SortingWorldTypeTest {

    private final WorldType sorting = new SortingWorldType();

    private static final JsonNode NUMBERS = json("{'cards': [5, 3, 8, 1]}");
    private static final JsonNode FRUIT = json("{'cards': ['pear', 'apple', 'fig']}");

    private static SortingState state(World world) {
        return (SortingState) world.state();
    }

    private static List<String> labels(World world) {
        return state(world).cards().stream().map(Card::label).toList();
    }

    /** Bubble sort: as many passes as there are cards, each from the start to the last card. */
    private static String bubbleSort() {
        return workspace(repeat(block("sorting_card_count"),
                block("sorting_move_to_start"),
                until(block("sorting_at_last"),
                        ifThen(block("sorting_is_bigger"), block("sorting_swap")),
                        block("sorting_move_right"))));
    }

    /** Bubble sort that stops after a pass without swaps. */
    private static String bubbleSortUntilNoSwaps() {
        return workspace(stack(
                setVariable("swapped", block("logic_boolean", "BOOL", "TRUE")),
                whileLoop(getVariable("swapped"),
                        setVariable("swapped", block("logic_boolean", "BOOL", "FALSE")),
                        block("sorting_move_to_start"),
                        until(block("sorting_at_last"),
                                ifThen(block("sorting_is_bigger"), block("sorting_swap"),
                                        setVariable("swapped", block("logic_boolean", "BOOL", "TRUE"))),
                                block("sorting_move_right")))));
    }

    // ---- set-up ------------------------------------------------------------------------------

    @Test
    void set_up_problems_name_the_field() {
        assertThatThrownBy(() -> sorting.create(json("{'cards': [5, 'fig']}")))
                .isInstanceOf(SetupException.class)
                .hasMessage("setup.cards[1]: \"fig\" is a word, but the first card is a number; use only numbers or only words");
        assertThatThrownBy(() -> sorting.create(json("{'cards': ['fig', 5]}")))
                .hasMessage("setup.cards[1]: 5 is a number, but the first card is a word; use only numbers or only words");
        assertThatThrownBy(() -> sorting.create(json("{'cards': [5, true]}")))
                .hasMessage("setup.cards[1]: a card must be a number or a word, not true");
        assertThatThrownBy(() -> sorting.create(json("{'cards': ['  ']}")))
                .hasMessage("setup.cards[0]: a card must be a number or a word, not \"  \"");
        assertThatThrownBy(() -> sorting.create(json("{'cards': []}")))
                .hasMessage("setup.cards: must have from 1 to 100 items, not 0");
        assertThatThrownBy(() -> sorting.create(json("{'card': [1, 2]}")))
                .hasMessage("setup.card: is not a setting of this world (it knows: cards). Is it spelt right?");
        assertThatThrownBy(() -> sorting.create(json("{'cards': ['" + "a".repeat(41) + "']}")))
                .hasMessage("setup.cards[0]: the word has 41 characters, but a card can show at most 40");
    }

    @Test
    void the_set_up_is_said_in_words() {
        assertThat(sorting.describeSetup(NUMBERS)).hasToString("Put 4 cards in order, smallest first: 5, 3, 8, 1.");
        assertThat(sorting.describeSetup(FRUIT)).hasToString("Put 3 cards in alphabetical order: pear, apple, fig.");
    }

    // ---- blocks ------------------------------------------------------------------------------

    @Test
    void the_pointer_starts_at_the_first_card_and_moves_along_the_row() {
        World world = sorting.create(NUMBERS);
        assertThat(world.sense(call("sorting_position"))).isEqualTo(Value.of(1));

        world.perform(call("sorting_move_right"));
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_position"))).isEqualTo(Value.of(3));
        world.perform(call("sorting_move_left"));
        assertThat(world.sense(call("sorting_position"))).isEqualTo(Value.of(2));
        world.perform(call("sorting_move_to_start"));
        assertThat(world.sense(call("sorting_position"))).isEqualTo(Value.of(1));
        assertThat(world.sense(call("sorting_card_count"))).isEqualTo(Value.of(4));
    }

    @Test
    void moving_off_either_end_is_a_failure() {
        World world = sorting.create(json("{'cards': [1, 2]}"));

        assertThatThrownBy(() -> world.perform(call("sorting_move_left")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isTrue();
                    assertThat(e.problem()).hasToString("There is no card to the left: the pointer is at the first card.");
                });
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_at_last"))).isEqualTo(Value.TRUE);
        assertThatThrownBy(() -> world.perform(call("sorting_move_right")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isTrue();
                    assertThat(e.problem()).hasToString("There is no card to the right: the pointer is at the last card.");
                });
    }

    @Test
    void swap_exchanges_the_card_at_the_pointer_with_the_next_and_fails_at_the_last_card() {
        World world = sorting.create(NUMBERS);
        var before = state(world);

        world.perform(call("sorting_swap"));

        assertThat(labels(world)).containsExactly("3", "5", "8", "1");
        assertThat(state(world).pointer()).isZero();
        assertThat(state(world).swaps()).isEqualTo(1);
        assertThat(before.cards()).as("a state never changes").extracting(Card::label).containsExactly("5", "3", "8", "1");

        for (int i = 0; i < 3; i++) {
            world.perform(call("sorting_move_right"));
        }
        assertThatThrownBy(() -> world.perform(call("sorting_swap")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isTrue();
                    assertThat(e.problem()).hasToString("There is no next card to swap with: the pointer is at the last card.");
                });
    }

    @Test
    void is_bigger_compares_with_the_next_card_counts_the_comparison_and_is_false_at_the_last_card() {
        World world = sorting.create(NUMBERS);

        assertThat(world.sense(call("sorting_is_bigger"))).as("5 > 3").isEqualTo(Value.TRUE);
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_is_bigger"))).as("3 > 8").isEqualTo(Value.FALSE);
        world.perform(call("sorting_move_right"));
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_at_last"))).isEqualTo(Value.TRUE);
        assertThat(world.sense(call("sorting_is_bigger"))).as("no next card").isEqualTo(Value.FALSE);
        assertThat(state(world).comparisons()).isEqualTo(2);
    }

    @Test
    void words_compare_like_a_dictionary_ignoring_case() {
        World world = sorting.create(json("{'cards': ['pear', 'Apple', 'apple', 'Banana']}"));

        assertThat(world.sense(call("sorting_is_bigger"))).as("pear after Apple").isEqualTo(Value.TRUE);
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_is_bigger"))).as("Apple and apple are equal").isEqualTo(Value.FALSE);
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_is_bigger"))).as("apple before Banana, though B is a capital").isEqualTo(Value.FALSE);
    }

    @Test
    void numbers_compare_by_value_not_as_text() {
        World world = sorting.create(json("{'cards': [10, 9, -2.5, -10]}"));

        assertThat(world.sense(call("sorting_is_bigger"))).as("10 > 9").isEqualTo(Value.TRUE);
        world.perform(call("sorting_move_right"));
        world.perform(call("sorting_move_right"));
        assertThat(world.sense(call("sorting_is_bigger"))).as("-2.5 > -10").isEqualTo(Value.TRUE);
    }

    @Test
    void a_block_of_another_world_is_an_error() {
        World world = sorting.create(NUMBERS);

        assertThatThrownBy(() -> world.perform(call("pattern_place", "COLOUR", "RED")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
        assertThatThrownBy(() -> world.sense(call("building_path_ahead")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
    }

    // ---- descriptions ------------------------------------------------------------------------

    @Test
    void the_state_says_the_cards_the_pointer_and_the_swaps() {
        World world = sorting.create(NUMBERS);
        assertThat(world.state().describe()).hasToString("The cards are 5, 3, 8, 1. The pointer is at card 1 (5). You have not swapped any cards yet.");

        world.perform(call("sorting_swap"));
        world.perform(call("sorting_move_right"));
        assertThat(world.state().describe()).hasToString("The cards are 3, 5, 8, 1. The pointer is at card 2 (5). You have swapped cards once.");

        world.perform(call("sorting_swap"));
        assertThat(world.state().describe()).hasToString("The cards are 3, 8, 5, 1. The pointer is at card 2 (8). You have swapped cards 2 times.");
    }

    @Test
    void the_state_as_json_has_the_cards_and_the_pointer() {
        World world = sorting.create(json("{'cards': [5, 2.5, 8]}"));
        world.perform(call("sorting_move_right"));
        world.sense(call("sorting_is_bigger"));

        assertThat(world.state().toJson()).containsExactly(
                Map.entry("cards", List.of(5L, 2.5, 8L)), Map.entry("words", false),
                Map.entry("pointer", 1), Map.entry("position", 2), Map.entry("swaps", 0), Map.entry("comparisons", 1));
        assertThat(sorting.create(FRUIT).state().toJson()).containsEntry("cards", List.of("pear", "apple", "fig")).containsEntry("words", true);
    }

    // ---- goal --------------------------------------------------------------------------------

    @Test
    void the_goal_names_two_neighbours_that_are_the_wrong_way_round() {
        World numbers = sorting.create(NUMBERS);
        numbers.perform(call("sorting_swap"));
        World fruit = sorting.create(FRUIT);

        var notYet = sorting.check(NUMBERS, WorldRuns.NO_EXPECTATION, numbers.state(), List.of());
        var words = sorting.check(FRUIT, WorldRuns.NO_EXPECTATION, fruit.state(), List.of());

        assertThat(notYet.met()).isFalse();
        assertThat(notYet.message()).hasToString("The cards are not in order yet: 8 and 1 (cards 3 and 4) are the wrong way round, because 1 is smaller than 8.");
        assertThat(words.met()).isFalse();
        assertThat(words.message()).hasToString("The cards are not in order yet: pear and apple (cards 1 and 2) are the wrong way round, "
                + "because apple comes before pear in the alphabet.");
    }

    @Test
    void equal_cards_may_lie_in_either_order() {
        JsonNode setup = json("{'cards': ['Apple', 'apple', 'fig']}");

        var goal = sorting.check(setup, WorldRuns.NO_EXPECTATION, sorting.create(setup).state(), List.of());

        assertThat(goal.met()).isTrue();
        assertThat(goal.message()).hasToString("The cards are in order: Apple, apple, fig.");
    }

    // ---- whole programs ----------------------------------------------------------------------

    @Test
    void bubble_sort_puts_numbers_and_words_in_order() throws Exception {
        for (String cards : List.of("[5, 3, 8, 1]", "[1]", "[2, 1]", "[1, 2, 3]", "[9, 8, 7, 6, 5, 4, 3, 2, 1]", "[3, 1, 3, 1, -4]",
                "['pear', 'apple', 'fig']", "['Zebra', 'ant', 'Moose', 'bee']")) {
            var checked = runAndCheck(sorting, json("{'cards': " + cards + "}"), bubbleSort());

            assertThat(checked.result().outcome()).as(cards).isEqualTo(Outcome.SUCCESS);
            assertThat(checked.goal().met()).as(cards).isTrue();
        }
        var numbers = runAndCheck(sorting, NUMBERS, bubbleSort());
        assertThat(numbers.goal().message()).hasToString("The cards are in order: 1, 3, 5, 8.");
        assertThat(((SortingState) numbers.result().finalState()).comparisons()).as("4 passes of 3 comparisons").isEqualTo(12);
    }

    @Test
    void stopping_after_a_pass_without_swaps_compares_less_on_a_nearly_sorted_row() throws Exception {
        JsonNode nearlySorted = json("{'cards': [1, 2, 3, 5, 4, 6, 7, 8]}");

        var always = runAndCheck(sorting, nearlySorted, bubbleSort());
        var early = runAndCheck(sorting, nearlySorted, bubbleSortUntilNoSwaps());

        assertThat(always.goal().met()).isTrue();
        assertThat(early.goal().met()).isTrue();
        assertThat(((SortingState) always.result().finalState()).comparisons()).isEqualTo(8 * 7);
        assertThat(((SortingState) early.result().finalState()).comparisons()).isEqualTo(2 * 7);
    }

    @Test
    void a_pass_that_runs_off_the_end_fails_at_the_move() throws Exception {
        String offTheEnd = workspace(repeat(block("sorting_card_count"), block("sorting_move_right", "id", "step")));

        var checked = runAndCheck(sorting, NUMBERS, offTheEnd);

        assertThat(checked.result().outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(checked.result().blockId()).isEqualTo("step");
        assertThat(checked.goal().met()).isFalse();
    }
}

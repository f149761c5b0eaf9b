package org.stepwise.world.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.arithmetic;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.compare;
import static org.stepwise.world.BlocklyJson.ifThenElse;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.modulo;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.repeat;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.until;
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

class PatternWorldTypeTest {

    private final WorldType pattern = new PatternWorldType();

    private static final JsonNode RED_BLUE = json("{'target': ['red', 'blue', 'red', 'blue'], 'colours': ['red', 'blue', 'yellow']}");

    private static Map<String, Object> place(String colour) {
        return block("pattern_place", "COLOUR", colour);
    }

    private static PatternState state(World world) {
        return (PatternState) world.state();
    }

    // ---- set-up ------------------------------------------------------------------------------

    @Test
    void set_up_problems_name_the_field() {
        assertThatThrownBy(() -> pattern.create(json("{'target': ['red', 'pink']}")))
                .isInstanceOf(SetupException.class)
                .hasMessage("setup.target[1]: \"pink\" is not a bead colour (red, blue, yellow, green, purple or orange)");
        assertThatThrownBy(() -> pattern.create(json("{'target': ['red', 'green'], 'colours': ['red', 'blue']}")))
                .hasMessage("setup.target[1]: \"green\" is not among the colours in setup.colours (red and blue), so the row could never be made");
        assertThatThrownBy(() -> pattern.create(json("{'target': []}")))
                .hasMessage("setup.target: must have from 1 to 200 items, not 0");
        assertThatThrownBy(() -> pattern.create(json("{'colours': ['red']}")))
                .hasMessage("setup.target: is missing");
        assertThatThrownBy(() -> pattern.create(json("{'target': 'red'}")))
                .hasMessage("setup.target: must be a list in square brackets, not \"red\"");
        assertThatThrownBy(() -> pattern.create(json("{'target': ['red'], 'shapes': ['round']}")))
                .hasMessage("setup.shapes: is not a setting of this world (it knows: target, colours). Is it spelt right?");
    }

    @Test
    void colours_may_be_left_out_and_written_in_any_case() {
        World world = pattern.create(json("{'target': ['Red', 'ORANGE']}"));

        assertThat(state(world).target()).containsExactly(Colour.RED, Colour.ORANGE);
        assertThat(state(world).colours()).containsExactly(Colour.values());
    }

    @Test
    void the_set_up_is_said_in_words() {
        assertThat(pattern.describeSetup(RED_BLUE)).hasToString("Make a row of 4 beads: red, blue, red, blue.");
        assertThat(pattern.describeSetup(json("{'target': ['green']}"))).hasToString("Make a row of 1 bead: green.");
    }

    // ---- blocks ------------------------------------------------------------------------------

    @Test
    void placing_adds_a_bead_at_the_end_and_the_sensors_count() {
        World world = pattern.create(RED_BLUE);
        var empty = world.state();

        world.perform(call("pattern_place", "COLOUR", "RED"));
        world.perform(call("pattern_place", "COLOUR", "YELLOW"));

        assertThat(state(world).beads()).containsExactly(Colour.RED, Colour.YELLOW);
        assertThat(((PatternState) empty).beads()).as("a state never changes").isEmpty();
        assertThat(world.sense(call("pattern_count"))).isEqualTo(Value.of(2));
        assertThat(world.sense(call("pattern_target_length"))).isEqualTo(Value.of(4));
    }

    @Test
    void a_bead_more_than_the_pattern_has_is_a_failure() {
        World world = pattern.create(json("{'target': ['red', 'blue']}"));
        world.perform(call("pattern_place", "COLOUR", "RED"));
        world.perform(call("pattern_place", "COLOUR", "BLUE"));
        var full = world.state();

        assertThatThrownBy(() -> world.perform(call("pattern_place", "COLOUR", "RED")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isTrue();
                    assertThat(e.problem()).hasToString("The row is full: it has room for 2 beads.");
                });
        assertThat(world.state()).isSameAs(full);
    }

    @Test
    void a_colour_that_is_not_offered_is_a_failure() {
        World world = pattern.create(RED_BLUE);

        assertThatThrownBy(() -> world.perform(call("pattern_place", "COLOUR", "PURPLE")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isTrue();
                    assertThat(e.problem()).hasToString("There are no purple beads here. You can use red, blue and yellow.");
                });
    }

    @Test
    void a_wrong_setting_or_a_block_of_another_world_is_an_error() {
        World world = pattern.create(RED_BLUE);

        assertThatThrownBy(() -> world.perform(call("pattern_place", "COLOUR", "PINK")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isFalse();
                    assertThat(e.problem()).hasToString("The \"COLOUR\" setting of the block \"pattern_place\" cannot be \"PINK\".");
                });
        assertThatThrownBy(() -> world.perform(call("sorting_swap")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
        assertThatThrownBy(() -> world.sense(call("calendar_days_in_week")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
    }

    // ---- descriptions ------------------------------------------------------------------------

    @Test
    void the_row_is_described_in_plain_words() {
        List<Colour> target = List.of(Colour.RED, Colour.BLUE, Colour.RED, Colour.BLUE);
        List<Colour> offered = List.of(Colour.RED, Colour.BLUE);

        assertThat(new PatternState(List.of(), target, offered).describe()).hasToString("The row is empty. It has room for 4 beads.");
        assertThat(new PatternState(List.of(Colour.RED), target, offered).describe())
                .hasToString("The row has 1 bead: red. There is room for 3 more.");
        assertThat(new PatternState(List.of(Colour.RED, Colour.BLUE, Colour.RED), target, offered).describe())
                .hasToString("The row has 3 beads: red, blue, red. There is room for 1 more.");
        assertThat(new PatternState(target, target, offered).describe()).hasToString("The row is full with 4 beads: red, blue, red, blue.");
    }

    @Test
    void the_state_as_json_has_the_row_the_pattern_and_the_colours() {
        World world = pattern.create(RED_BLUE);
        world.perform(call("pattern_place", "COLOUR", "RED"));

        assertThat(world.state().toJson()).containsExactly(
                Map.entry("beads", List.of("red")),
                Map.entry("target", List.of("red", "blue", "red", "blue")),
                Map.entry("colours", List.of("red", "blue", "yellow")),
                Map.entry("count", 1), Map.entry("length", 4), Map.entry("full", false));
    }

    // ---- goal --------------------------------------------------------------------------------

    @Test
    void the_goal_message_names_the_first_wrong_or_missing_bead() {
        List<Colour> target = List.of(Colour.RED, Colour.BLUE, Colour.RED, Colour.BLUE);
        List<Colour> offered = List.of(Colour.RED, Colour.BLUE, Colour.YELLOW);
        JsonNode none = WorldRuns.NO_EXPECTATION;

        var right = pattern.check(RED_BLUE, none, new PatternState(target, target, offered), List.of());
        var wrong = pattern.check(RED_BLUE, none, new PatternState(List.of(Colour.RED, Colour.BLUE, Colour.YELLOW), target, offered), List.of());
        var shortRow = pattern.check(RED_BLUE, none, new PatternState(List.of(Colour.RED, Colour.BLUE, Colour.RED), target, offered), List.of());
        var nothing = pattern.check(RED_BLUE, none, new PatternState(List.of(), target, offered), List.of());

        assertThat(right.met()).isTrue();
        assertThat(right.message()).hasToString("Your row matches the pattern: red, blue, red, blue.");
        assertThat(wrong.met()).isFalse();
        assertThat(wrong.message()).hasToString("Your row does not match the pattern: bead 3 should be red, but your program placed yellow there.");
        assertThat(shortRow.met()).isFalse();
        assertThat(shortRow.message()).hasToString("Your row has only 3 of the 4 beads: bead 4 should be blue.");
        assertThat(nothing.met()).isFalse();
        assertThat(nothing.message()).hasToString("Your program placed no beads, but the pattern has 4: red, blue, red, blue.");
    }

    // ---- whole programs ----------------------------------------------------------------------

    @Test
    void a_loop_over_half_the_pattern_length_makes_any_red_blue_row() throws Exception {
        String loop = workspace(repeat(arithmetic("DIVIDE", block("pattern_target_length"), number(2)), place("RED"), place("BLUE")));

        for (int pairs = 1; pairs <= 10; pairs++) {
            String beads = String.join(", ", java.util.Collections.nCopies(pairs, "'red', 'blue'"));
            var checked = runAndCheck(pattern, json("{'target': [" + beads + "]}"), loop);

            assertThat(checked.result().outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(checked.goal().met()).as(pairs + " pairs").isTrue();
            assertThat(checked.result().steps()).isEqualTo(1 + 2L * pairs);
        }
    }

    @Test
    void the_count_lets_a_program_alternate_until_the_row_is_long_enough() throws Exception {
        String alternate = workspace(until(compare("EQ", block("pattern_count"), block("pattern_target_length")),
                ifThenElse(compare("EQ", modulo(block("pattern_count"), number(2)), number(0)), List.of(place("RED")), List.of(place("BLUE")))));

        var checked = runAndCheck(pattern, json("{'target': ['red', 'blue', 'red', 'blue', 'red']}"), alternate);

        assertThat(checked.goal().met()).isTrue();
    }

    @Test
    void placing_one_bead_too_many_ends_the_run_as_a_failure_at_that_block() throws Exception {
        String tooMany = workspace(stack(repeat(number(3), place("RED")), block("pattern_place", "id", "extra", "COLOUR", "BLUE")));

        var checked = runAndCheck(pattern, json("{'target': ['red', 'red', 'red']}"), tooMany);

        assertThat(checked.result().outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(checked.result().blockId()).isEqualTo("extra");
        assertThat(checked.result().message()).hasToString("The row is full: it has room for 3 beads.");
        assertThat(checked.goal().met()).as("the row as it was when the run stopped is right").isTrue();
    }
}

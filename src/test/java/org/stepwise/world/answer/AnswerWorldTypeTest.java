package org.stepwise.world.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.arithmetic;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.getVariable;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.print;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.text;
import static org.stepwise.world.BlocklyJson.workspace;
import static org.stepwise.world.WorldRuns.callWith;
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

class AnswerWorldTypeTest {

    private final WorldType answer = new AnswerWorldType();

    private static final JsonNode CELSIUS_100 = json("{'inputs': {'celsius': 100}}");
    private static final JsonNode EXPECT_212 = json("{'answer': 212}");

    /** answer (celsius × 9 / 5 + 32) */
    private static String fahrenheit() {
        return workspace(block("answer_give", "VALUE",
                arithmetic("ADD", arithmetic("DIVIDE", arithmetic("MULTIPLY", getVariable("celsius"), number(9)), number(5)), number(32))));
    }

    private WorldType.Goal check(JsonNode setup, JsonNode expect, Value given) {
        World world = answer.create(setup);
        world.perform(callWith("answer_give", "VALUE", given));
        return answer.check(setup, expect, world.state(), List.of());
    }

    // ---- set-up and expectation --------------------------------------------------------------

    @Test
    void inputs_become_the_starting_values_of_variables() {
        World world = answer.create(json("{'inputs': {'celsius': 100, 'name': 'Ana', 'raining': true, 'prices': [1.5, 2, 'free']}}"));

        Map<String, Value> variables = world.initialVariables();

        assertThat(variables.keySet()).containsExactly("celsius", "name", "raining", "prices");
        assertThat(variables.get("celsius")).isEqualTo(Value.of(100));
        assertThat(variables.get("name")).isEqualTo(Value.of("Ana"));
        assertThat(variables.get("raining")).isEqualTo(Value.TRUE);
        assertThat(((Value.ListValue) variables.get("prices")).items()).containsExactly(Value.of(1.5), Value.of(2), Value.of("free"));
        assertThat(world.initialVariables().get("prices")).as("a new list each time").isNotSameAs(variables.get("prices"));
    }

    @Test
    void set_up_and_expectation_problems_name_the_field() {
        assertThatThrownBy(() -> answer.create(json("{'inputs': {'celsius': null}}")))
                .isInstanceOf(SetupException.class)
                .hasMessage("setup.inputs.celsius: must be a number, a text, true or false, or a list of those (at most 1,000 items, 4 lists deep), not null");
        assertThatThrownBy(() -> answer.create(json("{'inputs': {'size': {'w': 1}}}")))
                .hasMessageStartingWith("setup.inputs.size: must be a number, a text, true or false");
        assertThatThrownBy(() -> answer.create(json("{'inputs': {'Name': 'Ana', 'name': 'Bo'}}")))
                .hasMessage("setup.inputs.name: \"name\" and \"Name\" would be the same variable (names ignore capitals)");
        assertThatThrownBy(() -> answer.create(json("{'input': {'celsius': 100}}")))
                .hasMessage("setup.input: is not a setting of this world (it knows: inputs). Is it spelt right?");
        assertThatThrownBy(() -> answer.check(CELSIUS_100, json("{}"), answer.create(CELSIUS_100).state(), List.of()))
                .isInstanceOf(SetupException.class)
                .hasMessage("expect.answer: is missing; write the right answer, like {\"answer\": 212}");
        assertThatThrownBy(() -> answer.check(CELSIUS_100, tools.jackson.databind.node.MissingNode.getInstance(),
                answer.create(CELSIUS_100).state(), List.of()))
                .hasMessageStartingWith("expect.answer: is missing");
    }

    @Test
    void the_set_up_is_said_in_words() {
        assertThat(answer.describeSetup(json("{'inputs': {'celsius': 100, 'name': 'Ana'}}")))
                .hasToString("Work out the answer for celsius = 100 and name = \"Ana\".");
        assertThat(answer.describeSetup(json("{}"))).hasToString("Work out the answer.");
    }

    // ---- the block ---------------------------------------------------------------------------

    @Test
    void a_later_answer_replaces_an_earlier_one() {
        World world = answer.create(CELSIUS_100);
        var before = world.state();

        world.perform(callWith("answer_give", "VALUE", Value.of(1)));
        world.perform(callWith("answer_give", "VALUE", Value.of(212)));

        assertThat(((AnswerState) world.state()).answer()).isEqualTo(new Datum.Num(212));
        assertThat(((AnswerState) before).answer()).as("a state never changes").isNull();
    }

    @Test
    void a_list_answer_is_copied_so_changing_the_list_later_changes_nothing() {
        World world = answer.create(json("{}"));
        Value.ListValue list = new Value.ListValue(List.of(Value.of(1), Value.of(2)));

        world.perform(callWith("answer_give", "VALUE", list));
        list.items().add(Value.of(3));

        assertThat(world.state().toJson()).containsEntry("answer", List.of(1L, 2L));
    }

    @Test
    void the_world_has_no_sensors_and_knows_no_other_blocks() {
        World world = answer.create(json("{}"));

        assertThatThrownBy(() -> world.sense(WorldRuns.call("calendar_days_in_week")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
        assertThatThrownBy(() -> world.perform(WorldRuns.call("building_move_forward")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
    }

    // ---- descriptions ------------------------------------------------------------------------

    @Test
    void the_state_says_the_inputs_and_the_answer() {
        World world = answer.create(json("{'inputs': {'celsius': 100, 'name': 'Ana'}}"));
        assertThat(world.state().describe()).hasToString("The inputs are celsius = 100 and name = \"Ana\". You have not given an answer yet.");

        world.perform(callWith("answer_give", "VALUE", Value.of(212)));
        assertThat(world.state().describe()).hasToString("The inputs are celsius = 100 and name = \"Ana\". Your answer is 212.");
        assertThat(answer.create(json("{}")).state().describe()).hasToString("You have not given an answer yet.");
    }

    @Test
    void the_state_as_json_has_the_inputs_and_the_answer() {
        World world = answer.create(json("{'inputs': {'celsius': 36.6, 'name': 'Ana'}}"));
        assertThat(world.state().toJson()).containsExactly(
                Map.entry("inputs", Map.of("celsius", 36.6, "name", "Ana")), Map.entry("answered", false));

        world.perform(callWith("answer_give", "VALUE", Value.of("hot")));
        assertThat(world.state().toJson()).containsEntry("answered", true).containsEntry("answer", "hot").containsEntry("answerText", "\"hot\"");
    }

    // ---- goal --------------------------------------------------------------------------------

    @Test
    void the_goal_message_says_the_inputs_the_right_answer_and_what_the_program_answered() {
        var right = check(CELSIUS_100, EXPECT_212, Value.of(212));
        var wrong = check(CELSIUS_100, EXPECT_212, Value.of(100));
        var silent = answer.check(CELSIUS_100, EXPECT_212, answer.create(CELSIUS_100).state(), List.of());
        var printed = answer.check(CELSIUS_100, EXPECT_212, answer.create(CELSIUS_100).state(), List.of("212"));

        assertThat(right.met()).isTrue();
        assertThat(right.message()).hasToString("For celsius = 100 the answer should be 212, and your program answered 212.");
        assertThat(wrong.met()).isFalse();
        assertThat(wrong.message()).hasToString("For celsius = 100 the answer should be 212, but your program answered 100.");
        assertThat(silent.met()).isFalse();
        assertThat(silent.message()).hasToString("For celsius = 100 the answer should be 212, but your program did not give an answer.");
        assertThat(printed.met()).isFalse();
        assertThat(printed.message()).hasToString("For celsius = 100 the answer should be 212, but your program did not give an answer. "
                + "It printed 212: use the \"answer\" block to give your answer.");
    }

    @Test
    void without_inputs_the_message_starts_with_the_answer() {
        JsonNode none = json("{}");

        assertThat(check(none, json("{'answer': 'Paris'}"), Value.of("paris ")).message())
                .hasToString("The answer should be \"Paris\", and your program answered \"paris \".");
    }

    @Test
    void numbers_match_within_a_tiny_relative_difference_and_texts_ignore_case_and_spaces() {
        JsonNode none = json("{}");

        assertThat(check(none, json("{'answer': 0.3}"), Value.of(0.1 + 0.2)).met()).isTrue();
        assertThat(check(none, json("{'answer': 1e20}"), Value.of(1e20 + 1e10)).met()).isTrue();
        assertThat(check(none, json("{'answer': 0.3}"), Value.of(0.30001)).met()).isFalse();
        assertThat(check(none, json("{'answer': 0}"), Value.of(1e-20)).met()).as("relative: nothing is close to 0 but 0").isFalse();
        assertThat(check(none, json("{'answer': 'Hello Ana'}"), Value.of("  hello ana ")).met()).isTrue();
        assertThat(check(none, json("{'answer': 'Hello Ana'}"), Value.of("Hello, Ana")).met()).isFalse();
    }

    @Test
    void not_a_number_is_explained_in_words_a_child_can_follow() {
        var nan = check(CELSIUS_100, EXPECT_212, Value.of(Double.NaN));

        assertThat(nan.met()).isFalse();
        assertThat(nan.message()).hasToString("For celsius = 100 the answer should be 212, but your program answered NaN "
                + "(\"not a number\": something in the calculation was not a number, such as an empty variable).");
        assertThat(nan.message().render(java.util.Locale.forLanguageTag("es"))).contains("«no es un número»");
    }

    @Test
    void a_number_joined_into_a_text_still_counts_and_lists_match_item_by_item() {
        JsonNode none = json("{}");

        assertThat(check(none, EXPECT_212, Value.of("212")).met()).isTrue();
        assertThat(check(none, EXPECT_212, Value.of(" ")).met()).isFalse();
        assertThat(check(none, json("{'answer': '212'}"), Value.of(212)).met()).isTrue();
        assertThat(check(none, json("{'answer': true}"), Value.TRUE).met()).isTrue();
        assertThat(check(none, json("{'answer': true}"), Value.of(1)).met()).isFalse();
        assertThat(check(none, json("{'answer': [1, 'b']}"), new Value.ListValue(List.of(Value.of(1), Value.of("B")))).met()).isTrue();
        assertThat(check(none, json("{'answer': [1, 'b']}"), new Value.ListValue(List.of(Value.of(1)))).met()).isFalse();
        assertThat(check(none, EXPECT_212, Value.UNDEFINED).message())
                .hasToString("The answer should be 212, but your program answered undefined.");
    }

    // ---- whole programs ----------------------------------------------------------------------

    @Test
    void a_program_reads_its_input_variable_and_answers() throws Exception {
        for (double[] c : new double[][] {{100, 212}, {0, 32}, {-40, -40}, {36.6, 97.88}}) {
            JsonNode setup = json("{'inputs': {'celsius': " + c[0] + "}}");
            var checked = runAndCheck(answer, setup, json("{'answer': " + c[1] + "}"), fahrenheit());

            assertThat(checked.result().outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(checked.goal().met()).as(checked.goal().message().toString()).isTrue();
        }
        var hundred = runAndCheck(answer, CELSIUS_100, EXPECT_212, fahrenheit());
        assertThat(hundred.goal().message()).hasToString("For celsius = 100 the answer should be 212, and your program answered 212.");
    }

    @Test
    void an_input_variable_matches_a_program_variable_of_another_case() throws Exception {
        String greet = workspace(block("answer_give", "VALUE",
                block("text_join", "extraState", Map.of("itemCount", 2), "ADD0", text("Hello "), "ADD1", getVariable("NAME"))));

        var checked = runAndCheck(answer, json("{'inputs': {'name': 'Ana'}}"), json("{'answer': 'hello ana'}"), greet);

        assertThat(checked.goal().met()).isTrue();
        assertThat(checked.goal().message()).hasToString("For name = \"Ana\" the answer should be \"hello ana\", and your program answered \"Hello Ana\".");
    }

    @Test
    void printing_instead_of_answering_is_pointed_out() throws Exception {
        String printsOnly = workspace(stack(print(number(212))));

        var checked = runAndCheck(answer, CELSIUS_100, EXPECT_212, printsOnly);

        assertThat(checked.goal().met()).isFalse();
        assertThat(checked.goal().message().toString()).contains("did not give an answer. It printed 212");
    }
}

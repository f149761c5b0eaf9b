package org.stepwise.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.program.Blocks.block;
import static org.stepwise.program.Blocks.get;
import static org.stepwise.program.Blocks.num;
import static org.stepwise.program.Blocks.print;
import static org.stepwise.program.Blocks.seq;
import static org.stepwise.program.Blocks.set;
import static org.stepwise.program.Blocks.text;
import static org.stepwise.program.Blocks.var;
import static org.stepwise.program.Blocks.workspace;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static RunResult run(String json, RunOptions options) throws ProgramException {
        return Interpreter.run(ProgramParser.standard().parse(json), World.NONE, options);
    }

    private static RunResult run(String json) throws ProgramException {
        return run(json, RunOptions.defaults());
    }

    @Test
    void a_counting_loop_prints_and_counts_its_steps() throws Exception {
        String json = workspace(List.of("i"),
                block("controls_for", "VAR", var("i"), "FROM", num(1), "TO", num(3), "BY", num(1),
                        "DO", print(get("i"))));

        RunResult result = run(json);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.printed()).containsExactly("1", "2", "3");
        assertThat(result.steps()).isEqualTo(4); // the loop block once, then one print per round
    }

    @Test
    void an_endless_loop_runs_out_of_budget_and_names_the_loop() throws Exception {
        Map<String, Object> loop = block("controls_whileUntil", "id", "the-loop", "MODE", "WHILE",
                "BOOL", block("logic_boolean", "BOOL", "TRUE"), "DO", print(text("again")));
        RunResult result = run(workspace(List.of(), loop), RunOptions.defaults().withStepBudget(1_000));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.blockId()).isEqualTo("the-loop");
        assertThat(result.message().toString()).contains("ran out of steps").contains("1,000");
        assertThat(result.work()).isEqualTo(1_001);
    }

    @Test
    void an_empty_endless_loop_also_runs_out_of_budget() throws Exception {
        Map<String, Object> loop = block("controls_whileUntil", "id", "empty-loop", "MODE", "UNTIL",
                "BOOL", block("logic_boolean", "BOOL", "FALSE"));
        RunResult result = run(workspace(List.of(), loop), RunOptions.defaults().withStepBudget(500));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.blockId()).isEqualTo("empty-loop");
    }

    @Test
    void endless_recursion_ends_in_a_clear_error_not_a_stack_overflow() throws Exception {
        Map<String, Object> def = block("procedures_defnoreturn", "NAME", "again",
                "STACK", block("procedures_callnoreturn", "id", "the-call", "extraState", Map.of("name", "again")));
        Map<String, Object> call = block("procedures_callnoreturn", "extraState", Map.of("name", "again"));
        RunResult result = run(workspace(List.of(), def, call));

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.blockId()).isEqualTo("the-call");
        assertThat(result.message().toString()).contains("too deeply");
    }

    @Test
    void parameters_are_local_and_other_variables_global() throws Exception {
        Map<String, Object> def = block("procedures_defreturn", "NAME", "double",
                "extraState", Map.of("params", List.of(Map.of("name", "x", "id", "x"))),
                "STACK", set("seen", get("x")),
                "RETURN", block("math_arithmetic", "OP", "MULTIPLY", "A", get("x"), "B", num(2)));
        Map<String, Object> main = seq(
                set("x", num(100)),
                print(block("procedures_callreturn", "extraState", Map.of("name", "double", "params", List.of("x")), "ARG0", num(21))),
                print(get("x")),
                print(get("seen")));
        RunResult result = run(workspace(List.of("x", "seen"), main, def));

        assertThat(result.printed()).containsExactly("42", "100", "21");
    }

    @Test
    void inside_a_procedure_the_trace_shows_its_parameter_instead_of_the_variable_it_hides() throws Exception {
        Map<String, Object> def = block("procedures_defnoreturn", "NAME", "add",
                "extraState", Map.of("params", List.of(Map.of("name", "n", "id", "n"))),
                "STACK", block("math_change", "VAR", var("total"), "DELTA", get("n")));
        Map<String, Object> main = seq(
                set("total", num(1)),
                block("procedures_callnoreturn", "extraState", Map.of("name", "add", "params", List.of("n")), "ARG0", num(5)),
                print(get("total")));
        RunResult result = run(workspace(List.of("total", "n"), main, def), RunOptions.defaults().withTrace(true));
        Trace trace = result.trace();

        assertThat(trace.size()).isEqualTo(4);
        assertThat(trace.step(2).variables()).containsExactly(new Trace.Variable("total", "6"), new Trace.Variable("n", "5"));
        // after the call the workspace variable n is back in view, untouched by the parameter
        assertThat(trace.step(3).variables()).containsExactly(new Trace.Variable("total", "6"), new Trace.Variable("n", "undefined"));
        assertThat(trace.step(0).variables()).containsExactly(new Trace.Variable("total", "1"), new Trace.Variable("n", "undefined"));
    }

    @Test
    void top_level_stacks_run_in_position_order_and_disabled_blocks_are_skipped() throws Exception {
        Map<String, Object> second = print(text("second"));
        Map<String, Object> first = seq(print(text("first")), block("text_print", "enabled", false, "TEXT", text("skipped")),
                print(text("after the disabled block")));
        String json = workspace(List.of(), first, second);

        assertThat(run(json).printed()).containsExactly("first", "after the disabled block", "second");
    }

    @Test
    void the_trace_can_be_stepped_forward_and_backward() throws Exception {
        String json = workspace(List.of("n"), seq(set("n", num(1)),
                block("controls_repeat_ext", "TIMES", num(3),
                        "DO", block("math_change", "VAR", var("n"), "DELTA", get("n"))),
                print(get("n"))));

        RunResult result = run(json, RunOptions.defaults().withTrace(true));
        Trace trace = result.trace();

        assertThat(trace.size()).isEqualTo(result.steps()).isEqualTo(6);
        assertThat(trace.step(0).variables()).containsExactly(new Trace.Variable("n", "1"));
        assertThat(trace.step(4).variables()).containsExactly(new Trace.Variable("n", "8"));
        assertThat(trace.step(2).variables()).containsExactly(new Trace.Variable("n", "2"));
        assertThat(trace.step(5).printedCount()).isEqualTo(1);
        assertThat(trace.step(4).printedCount()).isZero();
        assertThat(trace.printed()).containsExactly("8");
    }

    @Test
    void a_trace_keeps_a_bounded_number_of_steps_and_says_so() throws Exception {
        String json = workspace(List.of("n"), seq(set("n", num(0)),
                block("controls_repeat_ext", "TIMES", num(50), "DO", block("math_change", "VAR", var("n"), "DELTA", num(1))),
                print(get("n"))));
        RunOptions defaults = RunOptions.defaults();
        RunOptions keepTen = new RunOptions(defaults.stepBudget(), defaults.seed(), true, 10, defaults.maxCallDepth());

        RunResult result = run(json, keepTen);

        assertThat(result.steps()).isEqualTo(53);
        assertThat(result.printed()).containsExactly("50");
        assertThat(result.trace().size()).isEqualTo(10);
        assertThat(result.trace().truncated()).isTrue();
        assertThat(result.trace().truncationNotice().render(java.util.Locale.ENGLISH))
                .isEqualTo("Only the first 10 steps are kept for stepping through.");
        assertThat(run(json, defaults.withTrace(true)).trace().truncationNotice()).isNull();
    }

    @Test
    void bad_input_is_reported_with_the_block_and_the_problem() {
        String unknown = workspace(List.of(), block("turtle_fly", "id", "odd-one"));
        assertThatThrownBy(() -> ProgramParser.standard().parse(unknown))
                .isInstanceOfSatisfying(ProgramException.class, e -> {
                    assertThat(e.blockId()).isEqualTo("odd-one");
                    assertThat(e.problem().toString()).contains("turtle_fly").contains("not known");
                });

        String badField = workspace(List.of(), print(block("math_arithmetic", "id", "calc", "OP", "MODULO", "A", num(1), "B", num(2))));
        assertThatThrownBy(() -> ProgramParser.standard().parse(badField))
                .isInstanceOfSatisfying(ProgramException.class, e -> {
                    assertThat(e.blockId()).isEqualTo("calc");
                    assertThat(e.problem().toString()).contains("\"OP\"").contains("MODULO");
                });

        assertThatThrownBy(() -> ProgramParser.standard().parse("{\"blocks\": [1, 2"))
                .isInstanceOfSatisfying(ProgramException.class, e -> assertThat(e.problem().toString()).contains("not valid JSON").contains("line 1"));
    }

    @Test
    void limits_on_size_blocks_and_nesting_each_have_their_own_message() {
        String huge = "{\"blocks\":{\"blocks\":[]},\"pad\":\"" + "x".repeat(ProgramParser.MAX_JSON_BYTES) + "\"}";
        assertThatThrownBy(() -> ProgramParser.standard().parse(huge)).hasMessageContaining("too large");

        // a stack of 1,001 print blocks, written by hand: JSON nests one level per block
        StringBuilder chain = new StringBuilder("{\"blocks\":{\"blocks\":[");
        for (int i = 0; i <= ProgramParser.MAX_BLOCKS; i++) {
            chain.append(i == 0 ? "" : ",\"next\":{\"block\":").append("{\"type\":\"text_print\",\"id\":\"p").append(i).append('"');
        }
        chain.append("}".repeat(2 * ProgramParser.MAX_BLOCKS + 1)).append("]}}");
        String tooMany = chain.toString();
        assertThatThrownBy(() -> ProgramParser.standard().parse(tooMany)).hasMessageContaining("too many blocks");

        Map<String, Object> deep = num(1);
        for (int i = 0; i < ProgramParser.MAX_DEPTH + 5; i++) {
            deep = block("math_single", "OP", "NEG", "NUM", deep);
        }
        String deepJson = workspace(List.of(), print(deep));
        assertThatThrownBy(() -> ProgramParser.standard().parse(deepJson)).hasMessageContaining("nested too deeply");
    }

    @Test
    void empty_inputs_get_blocklys_defaults_and_a_warning() throws Exception {
        Map<String, Object> sum = block("math_arithmetic", "id", "sum", "OP", "ADD", "A", num(2));
        Program program = ProgramParser.standard().parse(workspace(List.of(), print(sum)));

        assertThat(Interpreter.run(program, World.NONE, RunOptions.defaults()).printed()).containsExactly("2");
        assertThat(program.problems()).singleElement().satisfies(p -> {
            assertThat(p.blockId()).isEqualTo("sum");
            assertThat(p.message().toString()).contains("empty slot \"B\"").contains("0 is used");
        });
    }

    @Test
    void random_integers_are_reproducible_for_a_seed() throws Exception {
        String json = workspace(List.of(), block("controls_repeat_ext", "TIMES", num(5),
                "DO", print(block("math_random_int", "FROM", num(1), "TO", num(100)))));

        RunResult a = run(json, RunOptions.defaults().withSeed(42));
        RunResult b = run(json, RunOptions.defaults().withSeed(42));
        RunResult c = run(json, RunOptions.defaults().withSeed(43));

        assertThat(a.printed()).isEqualTo(b.printed()).isNotEqualTo(c.printed());
        assertThat(a.printed()).allSatisfy(s -> assertThat(Integer.parseInt(s)).isBetween(1, 100));
    }
}

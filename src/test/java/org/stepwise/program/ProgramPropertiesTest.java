package org.stepwise.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties that hold for every program, checked on thousands of random ones (fixed seeds, so a
 * failure names the seed and can be replayed): a run always ends within its budget with an outcome,
 * never throws, is deterministic, and its trace agrees with the run; the parser answers any input
 * with a program or a {@link ProgramException}.
 */
class ProgramPropertiesTest {

    private static final long BUDGET = 20_000;

    @TestFactory
    Stream<DynamicTest> any_program_ends_within_its_budget_with_an_outcome() {
        return IntStream.range(0, 20).mapToObj(batch -> DynamicTest.dynamicTest("seeds " + batch * 100 + "–" + (batch * 100 + 99), () -> {
            for (long seed = batch * 100L; seed < batch * 100L + 100; seed++) {
                String json = new RandomPrograms(seed).workspace();
                Program program;
                try {
                    program = ProgramParser.standard().parse(json);
                } catch (ProgramException e) {
                    continue; // e.g. a random "return if" outside a function: reported, never thrown otherwise
                }
                RunOptions options = RunOptions.defaults().withStepBudget(BUDGET).withSeed(seed);
                RunResult first = Interpreter.run(program, World.NONE, options);
                RunResult again = Interpreter.run(program, World.NONE, options);
                RunResult traced = Interpreter.run(program, World.NONE, options.withTrace(true));

                assertThat(first.outcome()).as("seed " + seed).isNotNull();
                assertThat(first.work()).as("seed " + seed).isLessThanOrEqualTo(BUDGET + 1);
                assertThat(first.outcome() == Outcome.TIMEOUT).as("seed " + seed).isEqualTo(first.work() > BUDGET);
                if (first.outcome() != Outcome.SUCCESS) {
                    assertThat(first.message()).as("seed " + seed + " explains why it stopped").isNotNull();
                }
                assertThat(again.printed()).as("seed " + seed + " is deterministic").isEqualTo(first.printed());
                assertThat(again.outcome()).isEqualTo(first.outcome());
                assertThat(traced.printed()).as("seed " + seed + " traced").isEqualTo(first.printed());
                assertThat(traced.outcome()).isEqualTo(first.outcome());
                assertThat((long) traced.trace().size()).as("seed " + seed + " one trace step per step").isEqualTo(traced.steps());
                if (traced.trace().size() > 0) {
                    int last = traced.trace().size() - 1;
                    assertThat(traced.trace().step(last).printedCount()).isLessThanOrEqualTo(traced.printed().size());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_parser_answers_any_input_with_a_program_or_its_own_error() {
        return IntStream.range(0, 10).mapToObj(batch -> DynamicTest.dynamicTest("mutations " + batch, () -> {
            Random random = new Random(batch);
            for (int i = 0; i < 200; i++) {
                String json = mutate(new RandomPrograms(batch * 1000L + i).workspace(), random);
                try {
                    Program program = ProgramParser.standard().parse(json);
                    Interpreter.run(program, World.NONE, RunOptions.defaults().withStepBudget(5_000));
                } catch (ProgramException expected) {
                    assertThat(expected.problem()).isNotNull();
                }
            }
        }));
    }

    /** Breaks a workspace in small ways: cut it short, swap a value, rename a type, drop a character. */
    private static String mutate(String json, Random random) {
        StringBuilder sb = new StringBuilder(json);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 2; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.setLength(at);
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.insert(at, random.nextBoolean() ? "{" : "\"x\"");
                case 3 -> {
                    String s = sb.toString().replaceFirst("\"type\":\"[a-z_]+\"", "\"type\":\"no_such_block\"");
                    sb.setLength(0);
                    sb.append(s);
                }
                default -> {
                    String s = sb.toString().replaceFirst("\"NUM\":[0-9.eE+-]+", "\"NUM\":\"twelve\"");
                    sb.setLength(0);
                    sb.append(s);
                }
            }
        }
        return sb.toString();
    }
}

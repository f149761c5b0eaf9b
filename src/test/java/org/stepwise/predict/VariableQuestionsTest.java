package org.stepwise.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.setVariable;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.workspace;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Trace;

/** "What will day be after the next step?": the value it really gets among plausible wrong ones. */
class VariableQuestionsTest {

    private static final NextStepQuestions QUESTIONS = NextStepQuestions.standard();
    private static final Exercise DAYS = Lessons.exercise("100-days-from-tuesday", "count-day-by-day");

    /** set day to 1; repeat 3 times { change day by 2; next day }; answer — steps: set, repeat, (change, next day) × 3, answer. */
    private static String countingByTwos() {
        Map<String, Object> change = block("math_change", "id", "add-two", "DELTA", number(2));
        change.put("fields", Map.of("VAR", Map.of("id", "day")));
        Map<String, Object> start = setVariable("day", number(1));
        start.put("id", "start");
        return workspace(stack(start,
                block("controls_repeat_ext", "id", "loop", "TIMES", number(3), "DO", stack(change, block("calendar_next_day", "id", "turn"))),
                block("calendar_answer", "id", "answer")));
    }

    @Test
    void the_choices_are_the_real_value_the_value_now_the_value_after_that_and_one_off() {
        String program = countingByTwos();
        WatchedCase watched = Lessons.watch(DAYS, program, 0);
        assertThat(watched.run().trace().blockId(2)).isEqualTo("add-two");

        VariableQuestion question = QUESTIONS.askVariable(watched, 1, program).orElseThrow();

        assertThat(question.variable()).isEqualTo("day");
        assertThat(question.nextBlockId()).isEqualTo("add-two");
        assertThat(question.correctValue()).isEqualTo("3");
        assertThat(question.choices()).containsExactlyInAnyOrder("3", "1", "5", "4");
    }

    @Test
    void the_first_assignment_is_asked_about_before_the_first_step() {
        String program = countingByTwos();
        WatchedCase watched = Lessons.watch(DAYS, program, 0);

        VariableQuestion question = QUESTIONS.askVariable(watched, -1, program).orElseThrow();

        assertThat(question.variable()).isEqualTo("day");
        assertThat(question.correctValue()).isEqualTo("1");
        assertThat(question.choices()).hasSizeBetween(2, 4).doesNotHaveDuplicates().contains("3");
    }

    @Test
    void there_is_no_question_when_the_next_step_changes_no_variable_or_the_run_is_over() {
        String program = countingByTwos();
        WatchedCase watched = Lessons.watch(DAYS, program, 0);
        Trace trace = watched.run().trace();
        assertThat(trace.blockId(3)).isEqualTo("turn");

        assertThat(QUESTIONS.askVariable(watched, 2, program)).isEmpty();
        assertThat(QUESTIONS.askVariable(watched, trace.size() - 1, program)).isEmpty();
    }

    @Test
    void a_lesson_solution_gets_the_value_its_first_step_computes_and_the_same_question_each_time() {
        Exercise tokyo = Lessons.exercise("what-time-is-it-in-tokyo", "which-day-is-it-there");
        WatchedCase watched = Lessons.watch(tokyo, tokyo.solution(), 0);
        String clockAfterFirstStep = watched.run().trace().step(0).variables().stream()
                .filter(v -> v.name().equals("clock")).findFirst().orElseThrow().value();

        VariableQuestion question = QUESTIONS.askVariable(watched, -1, tokyo.solution()).orElseThrow();

        assertThat(question.variable()).isEqualTo("clock");
        assertThat(question.correctValue()).isEqualTo(clockAfterFirstStep);
        assertThat(question.choices()).hasSizeBetween(2, 4).doesNotHaveDuplicates();
        assertThat(NextStepQuestions.standard().askVariable(Lessons.watch(tokyo, tokyo.solution(), 0), -1, tokyo.solution()))
                .contains(question);
    }

    @Test
    void the_right_value_moves_around_between_positions() {
        String program = countingByTwos();
        WatchedCase watched = Lessons.watch(DAYS, program, 0);
        Set<Integer> places = new TreeSet<>();

        for (int position = -1; position < watched.run().trace().size() - 1; position++) {
            QUESTIONS.askVariable(watched, position, program).ifPresent(q -> places.add(q.correct()));
        }

        assertThat(places).hasSizeGreaterThan(1);
    }
}

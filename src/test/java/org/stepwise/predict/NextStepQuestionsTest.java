package org.stepwise.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Trace;

/** "What does the program do next?": choices from the program, the right one being the next step's block. */
class NextStepQuestionsTest {

    private static final Locale SPANISH = Locale.of("es");
    private static final NextStepQuestions QUESTIONS = NextStepQuestions.standard();

    private static final Exercise SIGNS = Lessons.exercise("find-the-room", "follow-the-signs");
    private static final Exercise DAYS = Lessons.exercise("100-days-from-tuesday", "count-day-by-day");

    private static Trace trace(WatchedCase watched) {
        return watched.run().trace();
    }

    @Test
    void at_every_step_of_a_real_run_the_right_choice_is_the_next_steps_block_among_two_to_four_different_labels() {
        String program = SIGNS.solution();
        WatchedCase watched = Lessons.watch(SIGNS, program, 0);
        Trace trace = trace(watched);
        WorkspaceLabels labels = BlockLabels.standard().of(program);
        assertThat(trace.size()).isGreaterThan(20);

        for (int position = -1; position < trace.size() - 1; position++) {
            NextStepQuestion question = QUESTIONS.ask(watched, position, program, Locale.ENGLISH).orElseThrow();

            String next = trace.blockId(position + 1);
            assertThat(question.position()).isEqualTo(position);
            assertThat(question.nextBlockId()).isEqualTo(next);
            assertThat(question.correctChoice().blockIds()).as("step %d", position + 1).contains(next);
            assertThat(question.correctChoice().label()).isEqualTo(labels.label(next, Locale.ENGLISH));
            assertThat(question.choices()).hasSizeBetween(2, 4);
            assertThat(question.choices().stream().map(NextStepQuestion.Choice::label)).doesNotHaveDuplicates();
            List<String> allIds = question.choices().stream().flatMap(c -> c.blockIds().stream()).toList();
            assertThat(allIds).doesNotHaveDuplicates();
            for (NextStepQuestion.Choice choice : question.choices()) {
                for (String id : choice.blockIds()) {
                    assertThat(labels.label(id, Locale.ENGLISH)).as("every block of a choice has the choice's label").isEqualTo(choice.label());
                }
            }
        }
    }

    @Test
    void the_block_just_done_is_offered_when_it_is_not_the_answer() {
        String program = SIGNS.solution();
        WatchedCase watched = Lessons.watch(SIGNS, program, 1);
        Trace trace = trace(watched);
        WorkspaceLabels labels = BlockLabels.standard().of(program);
        int checked = 0;

        for (int position = 0; position < trace.size() - 1; position++) {
            String done = trace.blockId(position);
            if (labels.label(done, Locale.ENGLISH).equals(labels.label(trace.blockId(position + 1), Locale.ENGLISH))) {
                continue;
            }
            NextStepQuestion question = QUESTIONS.ask(watched, position, program, Locale.ENGLISH).orElseThrow();

            assertThat(question.choices()).as("after step %d", position)
                    .anySatisfy(choice -> assertThat(choice.blockIds()).contains(done));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void the_right_answer_is_not_always_in_the_same_place() {
        String program = SIGNS.solution();
        WatchedCase watched = Lessons.watch(SIGNS, program, 0);
        Set<Integer> places = new TreeSet<>();

        for (int position = -1; position < trace(watched).size() - 1; position++) {
            NextStepQuestion question = QUESTIONS.ask(watched, position, program, Locale.ENGLISH).orElseThrow();
            places.add(question.correct());
        }

        assertThat(places).containsExactly(0, 1, 2, 3);
    }

    @Test
    void the_same_inputs_give_the_same_question_on_another_server_and_the_same_choices_in_every_language() {
        String program = SIGNS.solution();
        WatchedCase presenter = Lessons.watch(SIGNS, program, 0);
        WatchedCase audience = Lessons.watch(SIGNS, program, 0);
        NextStepQuestions elsewhere = NextStepQuestions.standard();

        for (int position = -1; position < trace(presenter).size() - 1; position++) {
            NextStepQuestion english = QUESTIONS.ask(presenter, position, program, Locale.ENGLISH).orElseThrow();
            NextStepQuestion again = elsewhere.ask(audience, position, program, Locale.ENGLISH).orElseThrow();
            NextStepQuestion spanish = elsewhere.ask(audience, position, program, SPANISH).orElseThrow();

            assertThat(again).isEqualTo(english);
            assertThat(spanish.correct()).isEqualTo(english.correct());
            assertThat(spanish.choices().stream().map(NextStepQuestion.Choice::blockIds).toList())
                    .isEqualTo(english.choices().stream().map(NextStepQuestion.Choice::blockIds).toList());
            assertThat(spanish.choices().stream().map(NextStepQuestion.Choice::label)).doesNotHaveDuplicates();
        }
        int beforeWalking = 0;
        while (!trace(presenter).blockId(beforeWalking + 1).equals("walk")) {
            beforeWalking++;
        }
        assertThat(QUESTIONS.ask(presenter, beforeWalking, program, SPANISH).orElseThrow().correctChoice().label()).isEqualTo("avanza");
    }

    @Test
    void two_blocks_that_do_the_same_are_one_choice() {
        String program = workspace(stack(
                block("controls_repeat_ext", "id", "loop", "TIMES", number(2),
                        "DO", stack(block("calendar_next_day", "id", "first-turn"), block("calendar_next_day", "id", "second-turn"))),
                block("calendar_answer", "id", "answer")));
        WatchedCase watched = Lessons.watch(DAYS, program, 0);
        assertThat(trace(watched).blockId(1)).isEqualTo("first-turn");

        NextStepQuestion question = QUESTIONS.ask(watched, 0, program, Locale.ENGLISH).orElseThrow();

        assertThat(question.choices()).hasSize(3);
        assertThat(question.correctChoice().label()).isEqualTo("turn the wheel to the next day");
        assertThat(question.correctChoice().blockIds()).containsExactly("first-turn", "second-turn");
        assertThat(question.choices()).extracting(NextStepQuestion.Choice::label)
                .containsExactlyInAnyOrder("repeat 2 times", "turn the wheel to the next day", "answer with the day the wheel shows");
    }

    @Test
    void a_switched_off_block_is_never_offered_because_it_never_runs() {
        var switchedOff = block("controls_repeat_ext", "id", "switched-off", "TIMES", number(5), "DO", block("calendar_next_day", "id", "inside-off"));
        switchedOff.put("enabled", false);
        String program = workspace(stack(
                block("controls_repeat_ext", "id", "loop", "TIMES", number(2), "DO", block("calendar_next_day", "id", "turn")),
                switchedOff,
                block("calendar_answer", "id", "answer")));
        WatchedCase watched = Lessons.watch(DAYS, program, 0);
        assertThat(trace(watched).blockId(trace(watched).size() - 1)).isEqualTo("answer");

        for (int position = -1; position < trace(watched).size() - 1; position++) {
            NextStepQuestion question = QUESTIONS.ask(watched, position, program, Locale.ENGLISH).orElseThrow();

            assertThat(question.choices()).flatExtracting(NextStepQuestion.Choice::blockIds)
                    .containsExactlyInAnyOrder("loop", "turn", "answer");
        }
    }

    @Test
    void there_is_no_question_after_the_last_step() {
        String program = DAYS.solution();
        WatchedCase watched = Lessons.watch(DAYS, program, 1); // from Saturday, 3 days: repeat, 3 turns, answer
        int last = trace(watched).size() - 1;
        assertThat(last).isEqualTo(4);

        assertThat(QUESTIONS.ask(watched, last - 1, program, Locale.ENGLISH)).isPresent();
        assertThat(QUESTIONS.ask(watched, last, program, Locale.ENGLISH)).isEmpty();
        assertThat(QUESTIONS.whyNot(watched, last, program)).contains(NextStepQuestions.NoQuestion.END_OF_RUN);
        assertThat(QUESTIONS.whyNot(watched, last - 1, program)).isEmpty();
        assertThat(QUESTIONS.ask(watched, last + 5, program, Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> QUESTIONS.ask(watched, -2, program, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
    }

    @Test
    void there_is_no_question_when_every_block_of_the_program_says_the_same() {
        Exercise madrid = Lessons.exercise("what-time-is-it-in-tokyo", "madrid-to-tokyo");
        WatchedCase watched = Lessons.watch(madrid, madrid.solution(), 0);

        assertThat(QUESTIONS.ask(watched, -1, madrid.solution(), Locale.ENGLISH)).isEmpty();
        assertThat(QUESTIONS.whyNot(watched, -1, madrid.solution())).contains(NextStepQuestions.NoQuestion.ONE_KIND_OF_BLOCK);
    }

    @Test
    void a_workspace_that_did_not_make_the_run_is_refused_naming_the_missing_block() {
        WatchedCase watched = Lessons.watch(DAYS, DAYS.solution(), 0);
        String other = Lessons.exercise("find-the-room", "follow-the-signs").solution();

        assertThatThrownBy(() -> QUESTIONS.ask(watched, -1, other, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"repeat\"");
    }

    @Test
    void every_lesson_solution_gets_a_valid_question_at_every_step_of_its_first_case() {
        int asked = 0;
        for (Exercise exercise : Lessons.all()) {
            WatchedCase watched = Lessons.watch(exercise, exercise.solution(), 0);
            Trace trace = trace(watched);
            Set<String> programBlocks = new HashSet<>(BlockLabels.standard().of(exercise.solution()).blockIds());
            for (int position = -1; position < Math.min(trace.size() - 1, 200); position++) {
                var question = QUESTIONS.ask(watched, position, exercise.solution(), SPANISH);
                if (question.isEmpty()) {
                    assertThat(QUESTIONS.whyNot(watched, position, exercise.solution())).contains(NextStepQuestions.NoQuestion.ONE_KIND_OF_BLOCK);
                    continue;
                }
                NextStepQuestion q = question.get();
                List<String> ids = new ArrayList<>();
                q.choices().forEach(c -> ids.addAll(c.blockIds()));
                assertThat(q.correctChoice().blockIds()).as("%s step %d", exercise.id(), position + 1).contains(trace.blockId(position + 1));
                assertThat(programBlocks).containsAll(ids);
                assertThat(q.choices()).hasSizeBetween(2, 4);
                assertThat(q.choices().stream().map(NextStepQuestion.Choice::label)).doesNotHaveDuplicates();
                asked++;
            }
        }
        assertThat(asked).isGreaterThan(500);
    }
}

package org.stepwise.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Trace;
import org.stepwise.program.WorldState;

/** "What will the world look like after the next step?" on the reference solution of "No signs: turn the corner". */
class WorldQuestionsTest {

    private static final Exercise CORNER = Lessons.exercise("find-the-room", "turn-the-corner");

    @Test
    void at_every_step_that_changes_the_world_the_right_picture_is_the_next_world_among_different_ones() {
        WatchedCase watched = Lessons.watch(CORNER, CORNER.solution(), 0);
        Trace trace = watched.run().trace();
        Set<Integer> places = new HashSet<>();
        int asked = 0;
        for (int position = -1; position < trace.size() - 1; position++) {
            WorldState now = position < 0 ? watched.start() : trace.world(position);
            boolean changes = !now.toJson().equals(trace.world(position + 1).toJson());
            var question = WorldQuestions.ask(watched, position);
            assertThat(question.isPresent()).as("a question at step %d exactly when the next step changes the world", position)
                    .isEqualTo(changes);
            if (question.isEmpty()) {
                continue;
            }
            asked++;
            var q = question.get();
            assertThat(q.choices().get(q.correct()).toJson()).isEqualTo(trace.world(position + 1).toJson());
            assertThat(q.choices()).hasSizeBetween(2, NextStepQuestions.MAX_CHOICES);
            assertThat(q.choices().stream().map(WorldState::toJson).distinct().count()).isEqualTo(q.choices().size());
            assertThat(q.choices().stream().map(WorldState::toJson)).contains(now.toJson()); // "nothing happens" is offered
            assertThat(WorldQuestions.ask(watched, position)).as("the same on every server").contains(q);
            places.add(q.correct());
        }
        assertThat(asked).isGreaterThan(3);
        assertThat(places).as("the right picture is not always in the same place").hasSizeGreaterThan(1);
    }

    @Test
    void nothing_is_asked_at_the_end_of_the_run() {
        WatchedCase watched = Lessons.watch(CORNER, CORNER.solution(), 0);
        assertThat(WorldQuestions.ask(watched, watched.run().trace().size() - 1)).isEmpty();
    }
}

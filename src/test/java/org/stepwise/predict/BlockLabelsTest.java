package org.stepwise.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.arithmetic;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.getVariable;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.repeat;
import static org.stepwise.world.BlocklyJson.setVariable;
import static org.stepwise.world.BlocklyJson.text;
import static org.stepwise.world.BlocklyJson.workspace;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.Exercise;

/** A block's label says what it does, in the reader's language, in a few words. */
class BlockLabelsTest {

    private static final Locale SPANISH = Locale.of("es");
    private static final BlockLabels LABELS = BlockLabels.standard();

    private static WorkspaceLabels solution(String lesson, String exercise) {
        return LABELS.of(Lessons.exercise(lesson, exercise).solution());
    }

    @Test
    void world_blocks_say_what_is_written_on_them_with_the_chosen_option() {
        WorkspaceLabels signs = solution("find-the-room", "follow-the-signs");

        assertThat(signs.label("walk", Locale.ENGLISH)).isEqualTo("walk forward");
        assertThat(signs.label("turn-left", Locale.ENGLISH)).isEqualTo("turn left ↺");
        assertThat(signs.label("turn-right", Locale.ENGLISH)).isEqualTo("turn right ↻");
        assertThat(signs.label("if-sign-left", Locale.ENGLISH)).isEqualTo("if the sign points left to my room");
        assertThat(signs.label("if-sign-right", Locale.ENGLISH)).isEqualTo("if the sign points right to my room");
    }

    @Test
    void inner_blocks_are_described_and_shortened_to_an_ellipsis_when_the_label_gets_too_long() {
        WorkspaceLabels signs = solution("find-the-room", "follow-the-signs");
        WorkspaceLabels days = solution("100-days-from-tuesday", "count-day-by-day");

        assertThat(days.label("repeat", Locale.ENGLISH)).isEqualTo("repeat number of days to count times");
        assertThat(days.label("next-day", Locale.ENGLISH)).isEqualTo("turn the wheel to the next day");
        // in full: "repeat until I am at the door of room the room I am looking for"
        assertThat(signs.label("until-at-room", Locale.ENGLISH)).isEqualTo("repeat until I am at the door of room …")
                .hasSizeLessThanOrEqualTo(BlockLabels.MAX_LENGTH);
    }

    @Test
    void variables_and_arithmetic_read_as_a_formula() {
        WorkspaceLabels tokyo = solution("what-time-is-it-in-tokyo", "which-day-is-it-there");
        WorkspaceLabels madrid = solution("what-time-is-it-in-tokyo", "madrid-to-tokyo");

        assertThat(tokyo.label("set-clock", Locale.ENGLISH)).isEqualTo("set clock to (hour − here) + there");
        assertThat(tokyo.label("which-day", Locale.ENGLISH)).isEqualTo("if clock ≥ 24");
        assertThat(tokyo.label("answer-day-before", Locale.ENGLISH)).isEqualTo("answer -1");
        assertThat(madrid.label("answer", Locale.ENGLISH)).isEqualTo("answer remainder of (hour + 8) ÷ 24");
    }

    @Test
    void a_spanish_reader_gets_spanish_labels_for_world_and_standard_blocks() {
        WorkspaceLabels signs = solution("find-the-room", "follow-the-signs");
        WorkspaceLabels days = solution("100-days-from-tuesday", "count-day-by-day");
        WorkspaceLabels storm = solution("how-far-is-the-storm", "is-it-coming-closer");

        assertThat(signs.label("walk", SPANISH)).isEqualTo("avanza");
        assertThat(signs.label("turn-left", SPANISH)).isEqualTo("gira a la izquierda ↺");
        assertThat(signs.label("if-sign-right", SPANISH)).isEqualTo("si el cartel señala a la derecha para ir a mi sala");
        assertThat(days.label("repeat", SPANISH)).isEqualTo("repetir número de días que hay que contar veces");
        assertThat(storm.label("answer-closer", SPANISH)).isEqualTo("responde verdadero");
    }

    @Test
    void a_language_without_labels_gets_english() {
        WorkspaceLabels days = solution("100-days-from-tuesday", "count-day-by-day");

        assertThat(days.label("next-day", Locale.FRENCH)).isEqualTo("turn the wheel to the next day");
    }

    @Test
    void standard_blocks_built_by_hand_get_their_labels() {
        Map<String, Object> loop = block("controls_repeat_ext", "id", "loop", "TIMES", number(4),
                "DO", block("calendar_next_day", "id", "next"));
        Map<String, Object> plusOne = setVariable("day", arithmetic("ADD", getVariable("day"), number(1)));
        plusOne.put("id", "plus-one");
        Map<String, Object> hello = block("text_print", "id", "hello", "TEXT", text("hello"));
        Map<String, Object> emptyRepeat = block("controls_repeat_ext", "id", "empty-repeat");
        String json = workspace(loop, plusOne, hello, emptyRepeat);

        WorkspaceLabels labels = LABELS.of(json);

        assertThat(labels.label("loop", Locale.ENGLISH)).isEqualTo("repeat 4 times");
        assertThat(labels.label("loop", SPANISH)).isEqualTo("repetir 4 veces");
        assertThat(labels.label("plus-one", Locale.ENGLISH)).isEqualTo("set day to day + 1");
        assertThat(labels.label("hello", Locale.ENGLISH)).isEqualTo("print “hello”");
        assertThat(labels.label("hello", SPANISH)).isEqualTo("escribir «hello»");
        assertThat(labels.label("empty-repeat", Locale.ENGLISH)).isEqualTo("repeat ? times");
        assertThat(LABELS.label(json, "next", Locale.ENGLISH)).isEqualTo("turn the wheel to the next day");
    }

    @Test
    void a_block_type_nobody_knows_is_labelled_with_its_type() {
        String json = workspace(block("robot_dance", "id", "dance", "STYLE", "DISCO"), repeat(block("mystery_value"), block("calendar_next_day")));

        WorkspaceLabels labels = LABELS.of(json);

        assertThat(labels.label("dance", Locale.ENGLISH)).isEqualTo("robot_dance");
        assertThat(labels.blockIds()).hasSize(4);
        String loop = labels.blockIds().stream().filter(id -> id.startsWith("controls_repeat_ext")).findFirst().orElseThrow();
        assertThat(labels.label(loop, Locale.ENGLISH)).isEqualTo("repeat mystery_value times");
    }

    @Test
    void asking_for_a_block_that_is_not_in_the_workspace_names_it() {
        WorkspaceLabels days = solution("100-days-from-tuesday", "count-day-by-day");

        assertThatThrownBy(() -> days.label("no-such-block", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-block");
        assertThatThrownBy(() -> LABELS.of("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_block_of_every_lesson_solution_has_a_short_label_in_both_languages_with_nothing_left_unfilled() {
        for (Exercise exercise : Lessons.all()) {
            WorkspaceLabels labels = LABELS.of(exercise.solution());
            for (String id : labels.blockIds()) {
                for (Locale locale : new Locale[] {Locale.ENGLISH, SPANISH}) {
                    String label = labels.label(id, locale);
                    assertThat(label).as("%s: %s in %s", exercise.id(), id, locale)
                            .isNotBlank()
                            .hasSizeLessThanOrEqualTo(WorkspaceLabels.HARD_LENGTH)
                            .doesNotContain("%", "BKY", "{", "_", "  ");
                }
            }
        }
    }
}

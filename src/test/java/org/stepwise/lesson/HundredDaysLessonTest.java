package org.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.Grade;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.program.Outcome;
import org.stepwise.world.Worlds;

/** The first lesson's exercises accept the programs they teach and refuse the ones they warn about. */
class HundredDaysLessonTest {

    private static final Path WORKSPACES = Path.of("src/test/resources/grading");
    private static Lesson lesson;
    private final Grader grader = new Grader(Worlds.standard());

    @BeforeAll
    static void readLesson() throws IOException {
        LessonFiles files = LessonFiles.read(Path.of("lessons/100-days-from-tuesday"));
        lesson = ((LessonReadResult.Read) LessonChecker.standard().check(files.folder(), files.files())).lesson();
    }

    private GradingPlan exercise(String id) {
        return grader.prepare(lesson.exercise(id).orElseThrow().grading());
    }

    private static String workspace(String name) throws IOException {
        return Files.readString(WORKSPACES.resolve(name));
    }

    @Test
    void counting_day_by_day_solves_the_first_exercise() throws IOException {
        Grade grade = exercise("count-day-by-day").grade(workspace("day-by-day.workspace.json"));

        assertThat(grade.passed()).isTrue();
        assertThat(grade.cases()).hasSize(3 + 7 * 101);
    }

    @Test
    void counting_day_by_day_runs_out_of_steps_on_10000_days_in_the_second_exercise() throws IOException {
        Grade grade = exercise("use-the-remainder").grade(workspace("day-by-day.workspace.json"));

        assertThat(grade.passed()).isFalse();
        assertThat(grade.withinBlockLimit()).isTrue();
        CaseResult tenThousand = grade.cases().get(1);
        assertThat(tenThousand.name()).isEqualTo("From Tuesday, 10,000 days");
        assertThat(tenThousand.visible()).isTrue();
        assertThat(tenThousand.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(grade.cases().stream().filter(c -> !c.passed())).containsExactly(tenThousand);
    }

    @Test
    void the_remainder_solves_the_second_exercise_in_exactly_six_blocks() throws IOException {
        Grade grade = exercise("use-the-remainder").grade(workspace("remainder.workspace.json"));

        assertThat(grade.passed()).isTrue();
        assertThat(grade.blocksUsed()).isEqualTo(6);
        assertThat(grade.blockLimit()).isEqualTo(6);
    }

    @Test
    void the_first_exercise_offers_only_the_blocks_for_counting_day_by_day() throws IOException {
        Grade grade = exercise("count-day-by-day").grade(workspace("remainder.workspace.json"));

        assertThat(grade.problem().render(Locale.ENGLISH)).endsWith("is not part of this exercise. Use only the blocks in the toolbox.");
    }

    @Test
    void repeating_exactly_100_times_passes_the_story_but_not_the_other_days() throws IOException {
        String hundred = workspace("day-by-day.workspace.json").replace("{\n              \"type\": \"calendar_number_of_days\",\n              \"id\": \"n\"\n            }",
                "{\"type\": \"math_number\", \"id\": \"n\", \"fields\": {\"NUM\": 100}}");

        Grade grade = exercise("count-day-by-day").grade(hundred);

        assertThat(hundred).contains("math_number");
        assertThat(grade.cases().getFirst().passed()).isTrue();
        assertThat(grade.cases().get(1).message().render(Locale.ENGLISH))
                .isEqualTo("Starting on Saturday, 3 days later is Tuesday, but your program said Monday.");
        assertThat(grade.passed()).isFalse();
    }

    @Test
    void turning_by_whole_weeks_instead_of_the_remainder_fails() throws IOException {
        String weeks = workspace("remainder.workspace.json").replace("\"type\": \"math_modulo\"", "\"type\": \"math_arithmetic\","
                + " \"fields\": {\"OP\": \"DIVIDE\"}").replace("\"DIVIDEND\"", "\"A\"").replace("\"DIVISOR\"", "\"B\"");

        Grade grade = exercise("use-the-remainder").grade(weeks);

        assertThat(grade.problem()).isNull();
        assertThat(grade.passed()).isFalse();
        assertThat(grade.cases().getFirst().message().render(Locale.ENGLISH))
                .isEqualTo("Starting on Tuesday, 100 days later is Thursday, but your program said Wednesday."); // 14.28… rounds become 15
    }
}

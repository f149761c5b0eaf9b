package org.stepwise.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.stepwise.program.Outcome;
import org.stepwise.world.Worlds;

class GradingTest {

    private static final Path DIR = Path.of("src/test/resources/grading");
    private final Grader grader = new Grader(Worlds.standard());

    private static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name));
    }

    private GradingPlan daysFromTuesday() throws IOException {
        return grader.prepare(ExerciseReader.read(read("days-from-tuesday.json")));
    }

    @Test
    void generated_cases_cover_every_start_day_and_every_count_from_0_to_100() throws IOException {
        Exercise exercise = ExerciseReader.read(read("days-from-tuesday.json"));

        assertThat(exercise.cases()).hasSize(1 + 7 * 101);
        assertThat(exercise.cases().get(1).name()).isEqualTo("Every start day (startDay = Monday, days = 0)");
        assertThat(exercise.cases().get(1).visible()).isFalse();
    }

    @Test
    void the_reference_solution_passes_every_case() throws IOException {
        Grade grade = daysFromTuesday().gradeReference();

        assertThat(grade.passed()).isTrue();
        assertThat(grade.casesPassed()).isEqualTo(708);
    }

    @Test
    void a_solution_that_does_not_generalise_fails_and_says_where_in_a_childs_words() throws IOException {
        Grade grade = daysFromTuesday().grade(read("off-by-one.workspace.json"));

        assertThat(grade.passed()).isFalse();
        CaseResult first = grade.cases().getFirst();
        assertThat(first.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(first.arrange().render(Locale.ENGLISH)).isEqualTo("Start on Tuesday and count 100 days.");
        assertThat(first.message().render(Locale.ENGLISH))
                .isEqualTo("Starting on Tuesday, 100 days later is Thursday, but your program said Wednesday.");
    }

    @Test
    void counting_day_by_day_passes_but_takes_many_more_steps_than_the_remainder() throws IOException {
        GradingPlan plan = daysFromTuesday();

        Grade dayByDay = plan.grade(read("day-by-day.workspace.json"));
        Grade remainder = plan.grade(read("remainder.workspace.json"));

        assertThat(dayByDay.passed()).isTrue();
        assertThat(remainder.passed()).isTrue();
        CaseResult slow = dayByDay.cases().getFirst();
        CaseResult fast = remainder.cases().getFirst();
        assertThat(slow.steps()).isEqualTo(102); // repeat, 100 × next day, answer
        assertThat(fast.steps()).isEqualTo(4);   // repeat, 2 × next day, answer
        assertThat(slow.referenceSteps()).isEqualTo(fast.steps());
        assertThat(dayByDay.steps()).isGreaterThan(10 * remainder.steps());
    }

    @Test
    void a_block_outside_the_toolbox_is_refused_before_running() throws IOException {
        String withPrint = read("day-by-day.workspace.json").replace("\"calendar_answer\"", "\"text_print\"");

        Grade grade = daysFromTuesday().grade(withPrint);

        assertThat(grade.problem().render(Locale.ENGLISH)).contains("\"text_print\" is not part of this exercise");
        assertThat(grade.passed()).isFalse();
    }

    @Test
    void too_many_blocks_fail_the_exercise_even_when_every_case_passes() throws IOException {
        Exercise tight = ExerciseReader.read(read("days-from-tuesday.json").replace("\"blockLimit\": 6", "\"blockLimit\": 3"));

        Grade grade = grader.prepare(tight).grade(read("day-by-day.workspace.json"));

        assertThat(grade.cases()).allMatch(CaseResult::passed);
        assertThat(grade.blocksUsed()).isEqualTo(4);
        assertThat(grade.withinBlockLimit()).isFalse();
        assertThat(grade.passed()).isFalse();
    }

    @Test
    void grading_is_deterministic() throws IOException {
        GradingPlan plan = daysFromTuesday();
        String program = read("off-by-one.workspace.json");

        assertThat(plan.grade(program)).isEqualTo(plan.grade(program));
    }

    @Test
    void an_unreadable_program_is_a_problem_not_a_crash() throws IOException {
        Grade grade = daysFromTuesday().grade("{\"blocks\": ");

        assertThat(grade.problem().render(Locale.ENGLISH)).contains("not valid JSON");
        assertThat(grade.cases()).isEmpty();
    }

    @Test
    void exercise_mistakes_name_the_path_of_the_bad_value() {
        assertThatThrownBy(() -> ExerciseReader.read("{\"id\": \"x\", \"world\": \"calendar\", \"cases\": [{\"name\": \"a\", \"generate\": {\"days\": {\"from\": 5, \"to\": 1}}}]}"))
                .hasMessage("cases[0].generate.days: \"from\" is greater than \"to\"");
        assertThatThrownBy(() -> ExerciseReader.read("{\"id\": \"x\", \"world\": \"calendar\", \"cases\": [{\"setup\": {}}]}"))
                .hasMessage("cases[0].name: every case needs a name");
        assertThatThrownBy(() -> grader.prepare(ExerciseReader.read("{\"id\": \"x\", \"world\": \"moon\", \"cases\": [{\"name\": \"a\"}]}")))
                .hasMessageStartingWith("world: \"moon\" is not a world here");
        assertThatThrownBy(() -> grader.prepare(ExerciseReader.read(
                "{\"id\": \"x\", \"world\": \"calendar\", \"cases\": [{\"name\": \"a\", \"setup\": {\"startDay\": \"Funday\", \"days\": 3}}]}")))
                .hasMessageContaining("cases[0] \"a\"").hasMessageContaining("Funday");
    }
}

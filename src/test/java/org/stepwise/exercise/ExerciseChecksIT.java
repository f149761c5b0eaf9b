package org.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grade;
import org.stepwise.playback.Playback;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

@SpringBootTest
class ExerciseChecksIT {

    private static final Path DIR = Path.of("src/test/resources/grading");
    private static final ExerciseKey KEY = new ExerciseKey("100-days-from-tuesday", "use-the-remainder");

    @Autowired
    ExerciseChecks checks;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    private Exercise exercise;

    @BeforeEach
    void setUp() throws Exception {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ana", "ana", "correct horse battery", "correct horse battery"));
        exercise = ExerciseReader.read(Files.readString(DIR.resolve("days-from-tuesday.json")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void a_signed_in_students_checks_are_recorded_as_attempts() throws Exception {
        signIn("ana");

        Grade wrong = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("off-by-one.workspace.json")), justOpened());
        Grade right = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("remainder.workspace.json")), justOpened());

        assertThat(wrong.passed()).isFalse();
        assertThat(right.passed()).isTrue();
        List<Boolean> recorded = jdbc.sql("select passed from attempt order by id").query(Boolean.class).list();
        assertThat(recorded).containsExactly(false, true);
        assertThat(jdbc.sql("select cases_passed from attempt where passed").query(Integer.class).single()).isEqualTo(708);
    }

    @Test
    void an_anonymous_visitors_check_is_graded_but_not_recorded() throws Exception {
        Grade grade = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("remainder.workspace.json")), justOpened());

        assertThat(grade.passed()).isTrue();
        assertThat(jdbc.sql("select count(*) from attempt").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from attempt_case").query(Long.class).single()).isZero();
    }

    @Test
    void an_attempt_stores_every_case_by_name_in_order_with_whether_it_is_hidden_and_passed() throws Exception {
        signIn("ana");

        Grade grade = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("off-by-one.workspace.json")), justOpened());

        List<StoredCase> stored = jdbc.sql("select position, case_name, hidden, passed from attempt_case order by position")
                .query((rs, n) -> new StoredCase(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))).list();
        assertThat(stored).hasSize(grade.cases().size()).hasSize(708);
        assertThat(stored.getFirst()).isEqualTo(new StoredCase(0, "From Tuesday, 100 days", false, false));
        for (int i = 0; i < stored.size(); i++) {
            var c = grade.cases().get(i);
            assertThat(stored.get(i)).isEqualTo(new StoredCase(i, c.name(), !c.visible(), c.passed()));
        }
        assertThat(stored.get(1).caseName()).startsWith("Every start day (");
        assertThat(stored.stream().filter(StoredCase::passed).count()).isEqualTo(grade.casesPassed());
    }

    @Test
    void an_attempt_stores_the_hints_opened_and_the_seconds_since_the_view_opened() throws Exception {
        signIn("ana");
        String program = Files.readString(DIR.resolve("remainder.workspace.json"));

        checks.check(KEY, 1, exercise, program, new CheckEffort(2, Instant.now().minusSeconds(95)));

        assertThat(jdbc.sql("select hints_used from attempt").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select seconds_spent from attempt").query(Integer.class).single()).isBetween(95, 100);
    }

    @Test
    void the_seconds_spent_are_capped_so_that_a_view_left_open_overnight_counts_as_a_long_lesson() throws Exception {
        signIn("ana");
        String program = Files.readString(DIR.resolve("remainder.workspace.json"));

        checks.check(KEY, 1, exercise, program, new CheckEffort(0, Instant.now().minus(Duration.ofHours(15))));
        checks.check(KEY, 1, exercise, program, new CheckEffort(0, Instant.now().plusSeconds(30))); // a clock running ahead

        assertThat(jdbc.sql("select seconds_spent from attempt order by id").query(Integer.class).list())
                .containsExactly(ExerciseChecks.MAX_SECONDS_SPENT, 0);
        assertThat(ExerciseChecks.MAX_SECONDS_SPENT).isEqualTo(2 * 60 * 60);
    }

    @Test
    void a_program_that_cannot_run_is_an_attempt_without_cases() throws Exception {
        signIn("ana");

        Grade grade = checks.check(KEY, 1, exercise, "{\"blocks\":{\"blocks\":[{\"type\":\"turtle_fly\",\"id\":\"bad\"}]}}", justOpened());

        assertThat(grade.problem()).isNotNull();
        assertThat(jdbc.sql("select cases_total from attempt").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from attempt_case").query(Long.class).single()).isZero();
    }

    private static CheckEffort justOpened() {
        return new CheckEffort(0, Instant.now());
    }

    private record StoredCase(int position, String caseName, boolean hidden, boolean passed) {
    }

    @Test
    void only_visible_cases_can_be_watched() throws Exception {
        String program = Files.readString(DIR.resolve("remainder.workspace.json"));

        Playback visible = checks.watch(KEY, 1, exercise, program, 0);
        assertThat(visible.size()).isPositive();
        assertThatThrownBy(() -> checks.watch(KEY, 1, exercise, program, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> checks.watch(KEY, 1, exercise, program, 9_999)).isInstanceOf(IllegalArgumentException.class);
    }
}

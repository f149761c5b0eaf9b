package org.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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

        Grade wrong = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("off-by-one.workspace.json")));
        Grade right = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("remainder.workspace.json")));

        assertThat(wrong.passed()).isFalse();
        assertThat(right.passed()).isTrue();
        List<Boolean> recorded = jdbc.sql("select passed from attempt order by id").query(Boolean.class).list();
        assertThat(recorded).containsExactly(false, true);
        assertThat(jdbc.sql("select cases_passed from attempt where passed").query(Integer.class).single()).isEqualTo(708);
    }

    @Test
    void an_anonymous_visitors_check_is_graded_but_not_recorded() throws Exception {
        Grade grade = checks.check(KEY, 1, exercise, Files.readString(DIR.resolve("remainder.workspace.json")));

        assertThat(grade.passed()).isTrue();
        assertThat(jdbc.sql("select count(*) from attempt").query(Long.class).single()).isZero();
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

package org.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.program.ProgramParser;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

@SpringBootTest
class StudentWorkIT {

    private static final ExerciseKey COUNTING = new ExerciseKey("100-days-from-tuesday", "count-day-by-day");
    private static final ExerciseKey REMAINDER = new ExerciseKey("100-days-from-tuesday", "use-the-remainder");

    @Autowired
    StudentWork work;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoPeople() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ana", "ana", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Ben", "ben", "correct horse battery", "correct horse battery"));
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
    void a_saved_workspace_comes_back_as_it_was_and_a_later_save_replaces_it() {
        signIn("ana");
        work.save(COUNTING, "{\"blocks\":{\"blocks\":[]}}");
        SavedWorkspace latest = work.save(COUNTING, "{\"blocks\":{\"blocks\":[{\"type\":\"calendar_next_day\",\"id\":\"a\"}]}}");

        assertThat(work.load(COUNTING)).contains(latest);
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).contains("calendar_next_day");
        assertThat(work.load(REMAINDER)).isEmpty();
    }

    @Test
    void each_student_sees_only_their_own_work() {
        signIn("ana");
        work.save(COUNTING, "{\"ana\":true}");
        signIn("ben");

        assertThat(work.load(COUNTING)).isEmpty();
        work.save(COUNTING, "{\"ben\":true}");
        signIn("ana");
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo("{\"ana\":true}");
    }

    @Test
    void work_in_progress_is_saved_even_when_it_would_not_run() {
        signIn("ana");
        String unfinished = "{\"blocks\":{\"blocks\":[{\"type\":\"controls_repeat_ext\",\"id\":\"loop\"}]}}";

        work.save(COUNTING, unfinished);

        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo(unfinished);
    }

    @Test
    void anonymous_visitors_cannot_save_on_the_server_and_load_nothing() {
        assertThat(work.savesOnServer()).isFalse();
        assertThat(work.load(COUNTING)).isEmpty();
        assertThatThrownBy(() -> work.save(COUNTING, "{}")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.sql("select count(*) from saved_workspace").query(Long.class).single()).isZero();
    }

    @Test
    void a_workspace_too_large_to_ever_run_is_refused_and_the_saved_one_is_kept() {
        signIn("ana");
        work.save(COUNTING, "{\"kept\":true}");
        String huge = "{\"x\":\"" + "a".repeat(ProgramParser.MAX_JSON_BYTES) + "\"}";

        assertThatThrownBy(() -> work.save(COUNTING, huge)).isInstanceOf(WorkspaceTooLargeException.class);
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo("{\"kept\":true}");
    }
}

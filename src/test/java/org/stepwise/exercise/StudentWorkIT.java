package org.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        SavedWorkspace first = work.save(COUNTING, "{\"blocks\":{\"blocks\":[]}}", 0);
        SavedWorkspace latest = work.save(COUNTING, "{\"blocks\":{\"blocks\":[{\"type\":\"calendar_next_day\",\"id\":\"a\"}]}}", first.version());

        assertThat(work.load(COUNTING)).contains(latest);
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).contains("calendar_next_day");
        assertThat(work.load(REMAINDER)).isEmpty();
    }

    @Test
    void every_save_gets_the_next_version_and_the_tab_names_it_in_its_next_save() {
        signIn("ana");

        SavedWorkspace first = work.save(COUNTING, "{\"n\":1}", 0);
        SavedWorkspace second = work.save(COUNTING, "{\"n\":2}", first.version());
        SavedWorkspace third = work.save(COUNTING, "{\"n\":3}", second.version());

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(work.load(COUNTING).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void of_two_tabs_that_loaded_the_same_version_the_second_to_save_is_refused_and_told_what_the_first_saved() {
        signIn("ana");
        long loaded = work.save(COUNTING, "{\"start\":true}", 0).version();
        long tabA = work.load(COUNTING).orElseThrow().version();
        long tabB = work.load(COUNTING).orElseThrow().version();
        assertThat(tabA).isEqualTo(tabB).isEqualTo(loaded);

        SavedWorkspace savedByA = work.save(COUNTING, "{\"tab\":\"A\"}", tabA);

        assertThatThrownBy(() -> work.save(COUNTING, "{\"tab\":\"B\"}", tabB))
                .isInstanceOfSatisfying(WorkspaceConflictException.class, conflict -> {
                    assertThat(conflict.saved()).isEqualTo(savedByA);
                    assertThat(conflict.expectedVersion()).isEqualTo(tabB);
                });
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo("{\"tab\":\"A\"}");
    }

    @Test
    void two_tabs_that_both_found_nothing_saved_cannot_both_create_the_workspace() {
        signIn("ana");

        work.save(COUNTING, "{\"tab\":\"A\"}", 0);

        assertThatThrownBy(() -> work.save(COUNTING, "{\"tab\":\"B\"}", 0)).isInstanceOf(WorkspaceConflictException.class);
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo("{\"tab\":\"A\"}");
    }

    @Test
    void keeping_this_tabs_program_saves_it_over_the_other_with_the_version_the_conflict_named() {
        signIn("ana");
        long loaded = work.save(COUNTING, "{\"start\":true}", 0).version();
        work.save(COUNTING, "{\"tab\":\"A\"}", loaded);
        WorkspaceConflictException conflict = catchThrowableOfType(WorkspaceConflictException.class,
                () -> work.save(COUNTING, "{\"tab\":\"B\"}", loaded));

        SavedWorkspace kept = work.save(COUNTING, "{\"tab\":\"B\"}", conflict.saved().version());

        assertThat(kept.version()).isEqualTo(conflict.saved().version() + 1);
        assertThat(work.load(COUNTING)).contains(kept);
        // and the other tab, still on the version it saved, is now the one refused
        assertThatThrownBy(() -> work.save(COUNTING, "{\"tab\":\"A again\"}", conflict.saved().version()))
                .isInstanceOf(WorkspaceConflictException.class);
    }

    @Test
    void loading_the_other_program_gives_its_version_and_saving_on_from_it_works() {
        signIn("ana");
        long loaded = work.save(COUNTING, "{\"start\":true}", 0).version();
        work.save(COUNTING, "{\"tab\":\"A\"}", loaded);
        assertThatThrownBy(() -> work.save(COUNTING, "{\"tab\":\"B\"}", loaded)).isInstanceOf(WorkspaceConflictException.class);

        SavedWorkspace other = work.load(COUNTING).orElseThrow();
        SavedWorkspace next = work.save(COUNTING, other.workspaceJson().replace("A", "A, edited in B"), other.version());

        assertThat(other.workspaceJson()).isEqualTo("{\"tab\":\"A\"}");
        assertThat(work.load(COUNTING)).contains(next);
        assertThat(next.workspaceJson()).isEqualTo("{\"tab\":\"A, edited in B\"}");
    }

    @Test
    void many_tabs_saving_over_the_same_version_at_once_store_exactly_one_program() throws Exception {
        signIn("ana");
        long loaded = work.save(COUNTING, "{\"start\":true}", 0).version();
        var context = SecurityContextHolder.getContext();
        int tabs = 8;
        var ready = new java.util.concurrent.CountDownLatch(tabs);
        var saved = new java.util.concurrent.atomic.AtomicInteger();
        var refused = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(tabs)) {
            for (int i = 0; i < tabs; i++) {
                String program = "{\"tab\":" + i + "}";
                pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    ready.countDown();
                    ready.await();
                    try {
                        work.save(COUNTING, program, loaded);
                        saved.incrementAndGet();
                    } catch (WorkspaceConflictException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
        }

        assertThat(saved.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(tabs - 1);
        assertThat(work.load(COUNTING).orElseThrow().version()).isEqualTo(loaded + 1);
    }

    @Test
    void each_student_sees_only_their_own_work() {
        signIn("ana");
        work.save(COUNTING, "{\"ana\":true}", 0);
        signIn("ben");

        assertThat(work.load(COUNTING)).isEmpty();
        work.save(COUNTING, "{\"ben\":true}", 0);
        signIn("ana");
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo("{\"ana\":true}");
    }

    @Test
    void work_in_progress_is_saved_even_when_it_would_not_run() {
        signIn("ana");
        String unfinished = "{\"blocks\":{\"blocks\":[{\"type\":\"controls_repeat_ext\",\"id\":\"loop\"}]}}";

        work.save(COUNTING, unfinished, 0);

        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo(unfinished);
    }

    @Test
    void anonymous_visitors_cannot_save_on_the_server_and_load_nothing() {
        assertThat(work.savesOnServer()).isFalse();
        assertThat(work.load(COUNTING)).isEmpty();
        assertThatThrownBy(() -> work.save(COUNTING, "{}", 0)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.sql("select count(*) from saved_workspace").query(Long.class).single()).isZero();
    }

    @Test
    void a_workspace_too_large_to_ever_run_is_refused_and_the_saved_one_is_kept() {
        signIn("ana");
        long version = work.save(COUNTING, "{\"kept\":true}", 0).version();
        String huge = "{\"x\":\"" + "a".repeat(ProgramParser.MAX_JSON_BYTES) + "\"}";

        assertThatThrownBy(() -> work.save(COUNTING, huge, version)).isInstanceOf(WorkspaceTooLargeException.class);
        assertThat(work.load(COUNTING).orElseThrow().workspaceJson()).isEqualTo("{\"kept\":true}");
    }
}

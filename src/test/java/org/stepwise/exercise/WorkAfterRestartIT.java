package org.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.Application;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/**
 * A signed-in student's work survives the server being stopped and started again: the app runs on
 * an embedded database kept in a directory (as it does by default), the student saves, the app
 * stops, a new one starts on the same directory, and the student finds the workspace exactly as
 * it was saved.
 */
class WorkAfterRestartIT {

    private static final ExerciseKey COUNTING = new ExerciseKey("100-days-from-tuesday", "count-day-by-day");
    private static final String PROGRAM = """
            {"blocks":{"languageVersion":0,"blocks":[{"type":"controls_repeat_ext","id":"loop","x":20,"y":20,\
            "inputs":{"TIMES":{"block":{"type":"math_number","id":"n","fields":{"NUM":100}}},\
            "DO":{"block":{"type":"calendar_next_day","id":"next"}}}}]}}""";

    @TempDir
    Path data;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_saved_workspace_is_there_after_the_server_restarts() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(AccountService.class).signUpTeacher(
                    new SignUpRequest("Ana", "ana", "correct horse battery", "correct horse battery"));
            signIn(first, "ana");
            first.getBean(StudentWork.class).save(COUNTING, PROGRAM, 0);
        }
        SecurityContextHolder.clearContext();

        try (ConfigurableApplicationContext second = start()) {
            signIn(second, "ana");
            assertThat(second.getBean(StudentWork.class).load(COUNTING))
                    .hasValueSatisfying(saved -> assertThat(saved.workspaceJson()).isEqualTo(PROGRAM));
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, which come before the tests' config/application.properties (throw-away databases)
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--stepwise.database.embedded.ephemeral=false",
                "--stepwise.database.embedded.data-dir=" + data.resolve("postgres"));
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.shared.ConcurrentChangeException;

@SpringBootTest
class PasswordChangeIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW = "purple staple elephant";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void oneTeacherSignedIn() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", PASSWORD, PASSWORD));
        UserDetails user = userDetails.loadUserByUsername("rivera");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_changes_their_password_knowing_the_current_one() {
        PasswordChangeResult result = accounts.changePassword(PASSWORD, NEW, NEW);

        assertThat(result).isInstanceOf(PasswordChangeResult.Changed.class);
        assertThat(passwordEncoder.matches(NEW, hash())).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isFalse();
        assertThat(hash()).startsWith("{bcrypt}");
    }

    @Test
    void a_wrong_current_password_is_refused_on_its_field_and_nothing_changes() {
        PasswordChangeResult result = accounts.changePassword("not my password", NEW, NEW);

        assertThat(result).isEqualTo(new PasswordChangeResult.Rejected(
                java.util.List.of(new SignUpProblem("currentPassword", "account.error.current-wrong", 0))));
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void the_new_password_follows_the_sign_up_rules() {
        PasswordChangeResult tooShort = accounts.changePassword(PASSWORD, "short", "short");
        PasswordChangeResult differ = accounts.changePassword(PASSWORD, NEW, NEW + "!");
        PasswordChangeResult tooLong = accounts.changePassword(PASSWORD, "é".repeat(40), "é".repeat(40));
        PasswordChangeResult same = accounts.changePassword(PASSWORD, PASSWORD, PASSWORD);

        assertThat(((PasswordChangeResult.Rejected) tooShort).problems()).extracting(SignUpProblem::field, SignUpProblem::messageKey, SignUpProblem::limit)
                .containsExactly(tuple("password", "signup.error.password-too-short", AccountService.MIN_PASSWORD_LENGTH));
        assertThat(((PasswordChangeResult.Rejected) differ).problems()).extracting(SignUpProblem::field, SignUpProblem::messageKey)
                .containsExactly(tuple("passwordAgain", "signup.error.passwords-differ"));
        assertThat(((PasswordChangeResult.Rejected) tooLong).problems()).extracting(SignUpProblem::messageKey)
                .containsExactly("signup.error.password-too-long");
        assertThat(((PasswordChangeResult.Rejected) same).problems()).extracting(SignUpProblem::messageKey)
                .containsExactly("account.error.same-password");
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void a_change_that_lands_meanwhile_is_not_overwritten() throws Exception {
        SecurityContext teacher = SecurityContextHolder.getContext();
        try (Connection administrator = dataSource.getConnection()) {
            // an administrator's change to the account, not yet committed, holds the row
            administrator.setAutoCommit(false);
            administrator.createStatement().executeUpdate("update account set version = version + 1 where username = 'rivera'");

            CompletableFuture<PasswordChangeResult> change = CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.setContext(teacher);
                return accounts.changePassword(PASSWORD, NEW, NEW);
            });
            awaitWaitingLock(change);
            administrator.commit();

            assertThatThrownBy(() -> change.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentChangeException.class);
        }
        assertThat(passwordEncoder.matches(PASSWORD, hash())).as("nothing changed").isTrue();
    }

    /** Until the password change waits for the administrator's row lock (or has ended without waiting). */
    private void awaitWaitingLock(CompletableFuture<?> change) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!change.isDone() && jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("the change waits for the row").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void only_signed_in_teachers_and_administrators_can_change_a_password() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> accounts.changePassword(PASSWORD, NEW, NEW)).isInstanceOf(AuthenticationException.class);
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    private String hash() {
        return jdbc.sql("select password_hash from account where username = 'rivera'").query(String.class).single();
    }
}

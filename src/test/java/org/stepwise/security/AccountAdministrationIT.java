package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.shared.ConcurrentChangeException;

@SpringBootTest
class AccountAdministrationIT {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void anAdministratorAndTwoTeachers() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", PASSWORD, PASSWORD)); // first: also administrator
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", PASSWORD, PASSWORD));
        accounts.signUpTeacher(new SignUpRequest("Ana Díaz", "ana", PASSWORD, PASSWORD));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_administrator_lists_teachers_and_administrators_by_name_with_their_roles() {
        signIn("rivera");

        assertThat(administration.teachers()).extracting(ManagedAccount::displayName, ManagedAccount::username, ManagedAccount::enabled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ana Díaz", "ana", true),
                        org.assertj.core.groups.Tuple.tuple("Mr Okafor", "okafor", true),
                        org.assertj.core.groups.Tuple.tuple("Ms Rivera", "rivera", true));
        assertThat(account("rivera").roles()).containsExactlyInAnyOrder(Roles.TEACHER, Roles.ADMIN);
    }

    @Test
    void a_disabled_teacher_cannot_sign_in_until_enabled_again() {
        signIn("rivera");

        AccountChange disabled = administration.disable(account("okafor").id(), account("okafor").version());

        assertThat(disabled).isInstanceOf(AccountChange.Changed.class);
        assertThat(((AccountChange.Changed) disabled).account().enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername("okafor").isEnabled()).isFalse();

        administration.enable(account("okafor").id(), account("okafor").version());

        assertThat(userDetails.loadUserByUsername("okafor").isEnabled()).isTrue();
    }

    @Test
    void an_administrator_cannot_disable_themselves() {
        signIn("rivera");

        AccountChange result = administration.disable(account("rivera").id(), account("rivera").version());

        assertThat(result).isEqualTo(new AccountChange.Refused("admin.error.disable-self"));
        assertThat(account("rivera").enabled()).isTrue();
    }

    @Test
    void the_last_enabled_administrator_cannot_be_disabled() {
        jdbc.sql("update account set roles = '{TEACHER,ADMIN}' where username = 'okafor'").update();
        signIn("okafor");
        jdbc.sql("update account set enabled = false where username = 'okafor'").update(); // okafor's account disabled meanwhile

        AccountChange result = administration.disable(account("rivera").id(), account("rivera").version());

        assertThat(result).isEqualTo(new AccountChange.Refused("admin.error.last-admin"));
        assertThat(account("rivera").enabled()).isTrue();
    }

    @Test
    void another_administrator_can_be_disabled_while_one_stays_enabled() {
        jdbc.sql("update account set roles = '{TEACHER,ADMIN}' where username = 'okafor'").update();
        signIn("okafor");

        assertThat(administration.disable(account("rivera").id(), account("rivera").version())).isInstanceOf(AccountChange.Changed.class);
    }

    @Test
    void a_change_from_an_outdated_list_changes_nothing() {
        signIn("rivera");
        ManagedAccount shown = account("okafor");
        administration.disable(shown.id(), shown.version());

        assertThatThrownBy(() -> administration.resetPassword(shown.id(), shown.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(passwordEncoder.matches(PASSWORD, hashOf("okafor"))).isTrue();
    }

    @Test
    void a_reset_gives_a_strong_temporary_password_once_which_must_be_changed_at_the_next_sign_in() {
        signIn("rivera");
        for (int i = 0; i < 5; i++) {
            throttle.failed("teacher:okafor", "192.0.2.1");
        }

        AccountChange result = administration.resetPassword(account("okafor").id(), account("okafor").version());

        String temporary = ((AccountChange.PasswordReset) result).temporaryPassword();
        assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContainPattern("[01ilo]");
        assertThat(result.toString()).doesNotContain(temporary);
        assertThat(passwordEncoder.matches(temporary, hashOf("okafor"))).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hashOf("okafor"))).isFalse();
        assertThat(account("okafor").mustChangePassword()).isTrue();
        assertThat(throttle.refusal("teacher:okafor", "192.0.2.1")).as("failed sign-ins forgotten").isEmpty();

        signIn("okafor");
        assertThat(accounts.passwordChangeRequired()).isTrue();
        accounts.changePassword(temporary, "my own new password", "my own new password");
        assertThat(accounts.passwordChangeRequired()).isFalse();
    }

    @Test
    void two_resets_give_different_passwords() {
        signIn("rivera");
        String first = ((AccountChange.PasswordReset) administration.resetPassword(account("okafor").id(), account("okafor").version()))
                .temporaryPassword();
        String second = ((AccountChange.PasswordReset) administration.resetPassword(account("okafor").id(), account("okafor").version()))
                .temporaryPassword();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void an_administrator_changes_their_own_password_on_my_account_not_by_reset() {
        signIn("rivera");

        assertThat(administration.resetPassword(account("rivera").id(), account("rivera").version()))
                .isEqualTo(new AccountChange.Refused("admin.error.reset-self"));
    }

    @Test
    void teachers_who_are_not_administrators_and_anonymous_visitors_are_denied_everything() {
        signIn("rivera");
        ManagedAccount ana = account("ana");
        signIn("okafor");

        assertThatThrownBy(() -> administration.teachers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.disable(ana.id(), ana.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.enable(ana.id(), ana.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetPassword(ana.id(), ana.version())).isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> administration.teachers()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> administration.resetPassword(ana.id(), ana.version())).isInstanceOf(AuthenticationException.class);
        assertThat(passwordEncoder.matches(PASSWORD, hashOf("ana"))).isTrue();
    }

    private ManagedAccount account(String username) {
        UserDetails admin = userDetails.loadUserByUsername("rivera");
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            return administration.teachers().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

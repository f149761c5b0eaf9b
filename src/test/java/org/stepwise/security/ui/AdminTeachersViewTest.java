package org.stepwise.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.security.AccountService;
import org.stepwise.security.ManagedAccount;
import org.stepwise.security.SignUpRequest;

@SpringBootTest
class AdminTeachersViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void anAdministratorAndATeacher() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", PASSWORD, PASSWORD));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", PASSWORD, PASSWORD));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_administrator_sees_every_teacher_with_roles_and_state() {
        SignedIn.as(userDetails, "rivera");
        navigate(AdminTeachersView.class);

        var grid = grid();
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Mr Okafor");
        assertThat(grid.getCellText(0, 1)).isEqualTo("okafor");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Teacher");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Teacher, Administrator");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Enabled");
        assertThat($(Button.class).id("toggle-enabled").isEnabled()).as("nothing chosen yet").isFalse();
    }

    @Test
    void the_administrator_disables_and_enables_a_teacher() {
        SignedIn.as(userDetails, "rivera");
        navigate(AdminTeachersView.class);
        var grid = grid();

        grid.select(0);
        assertThat($(Button.class).id("toggle-enabled").getText()).isEqualTo("Disable account");
        test($(Button.class).id("toggle-enabled")).click();

        assertThat($(Paragraph.class).id("admin-status").getText()).isEqualTo("The account of Mr Okafor is disabled: it cannot sign in and is signed out everywhere.");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Disabled");
        assertThat(enabled("okafor")).isFalse();
        assertThat($(Button.class).id("toggle-enabled").getText()).as("still chosen, now to enable").isEqualTo("Enable account");

        test($(Button.class).id("toggle-enabled")).click();

        assertThat(enabled("okafor")).isTrue();
        assertThat(grid.getCellText(0, 3)).isEqualTo("Enabled");
    }

    @Test
    void the_administrator_is_told_why_they_cannot_disable_themselves() {
        SignedIn.as(userDetails, "rivera");
        navigate(AdminTeachersView.class);

        grid().select(1);
        test($(Button.class).id("toggle-enabled")).click();

        assertThat($(Paragraph.class).id("admin-status").getText()).isEqualTo("You cannot disable your own account.");
        assertThat($(Paragraph.class).id("admin-status").hasClassName("stepwise-problem")).isTrue();
        assertThat(enabled("rivera")).isTrue();
    }

    @Test
    void a_reset_shows_the_temporary_password_once_after_confirmation() {
        SignedIn.as(userDetails, "rivera");
        navigate(AdminTeachersView.class);

        grid().select(0);
        test($(Button.class).id("reset-password")).click();
        assertThat($(Dialog.class).id("confirm-reset-dialog").isOpened()).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash("okafor"))).as("nothing before confirming").isTrue();
        test($(Button.class).id("confirm-reset")).click();

        assertThat($(Dialog.class).id("temporary-password-dialog").isOpened()).isTrue();
        String temporary = $(Span.class).id("temporary-password").getText();
        assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(passwordEncoder.matches(temporary, hash("okafor"))).isTrue();
        assertThat(grid().getCellText(0, 3)).isEqualTo("Enabled, temporary password");

        Span shown = $(Span.class).id("temporary-password");
        test($(Button.class).id("temporary-password-done")).click();
        assertThat(shown.getText()).as("gone once the dialog is closed").isEmpty();
        assertThat($(Dialog.class).withId("temporary-password-dialog").exists()).isFalse();
    }

    @Test
    void a_teacher_who_is_not_an_administrator_cannot_open_the_page() {
        SignedIn.as(userDetails, "okafor");

        var shown = navigate("admin/teachers", com.vaadin.flow.component.Component.class);

        assertThat(shown).isNotInstanceOf(AdminTeachersView.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ManagedAccount>, ManagedAccount> grid() {
        return test((Grid<ManagedAccount>) $(Grid.class).id("teachers"));
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from account where username = ?").param(username).query(Boolean.class).single();
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
    }
}

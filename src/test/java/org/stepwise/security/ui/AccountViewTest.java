package org.stepwise.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
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
import org.stepwise.security.SignUpRequest;

@SpringBootTest
class AccountViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW = "purple staple elephant";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void oneTeacher() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", PASSWORD, PASSWORD));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("account", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_teacher_changes_their_password_and_is_told_so() {
        SignedIn.as(userDetails, "rivera");
        navigate(AccountView.class);
        assertThat($(Paragraph.class).withId("must-change-password").exists()).isFalse();

        test(field("current-password")).setValue(PASSWORD);
        test(field("new-password")).setValue(NEW);
        test(field("new-password-again")).setValue(NEW);
        test($(Button.class).id("change-password")).click();

        assertThat($(Paragraph.class).withId("password-status").exists()).isTrue();
        assertThat($(Paragraph.class).id("password-status").getText()).isEqualTo("Your password is changed. Use the new one the next time you sign in.");
        assertThat(field("current-password").getValue()).as("nothing typed stays on the page").isEmpty();
        assertThat(passwordEncoder.matches(NEW, hash())).isTrue();
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field_and_the_new_one_is_kept() {
        SignedIn.as(userDetails, "rivera");
        navigate(AccountView.class);

        test(field("current-password")).setValue("not my password");
        test(field("new-password")).setValue(NEW);
        test(field("new-password-again")).setValue(NEW);
        test($(Button.class).id("change-password")).click();

        assertThat(field("current-password").isInvalid()).isTrue();
        assertThat(field("current-password").getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(field("new-password").isInvalid()).isFalse();
        assertThat(field("new-password").getValue()).isEqualTo(NEW);
        assertThat($(Paragraph.class).withId("password-status").exists()).isFalse();
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void a_too_short_new_password_is_explained_on_its_field() {
        SignedIn.as(userDetails, "rivera");
        navigate(AccountView.class);

        test(field("current-password")).setValue(PASSWORD);
        test(field("new-password")).setValue("short");
        test(field("new-password-again")).setValue("short");
        test($(Button.class).id("change-password")).click();

        assertThat(field("new-password").getErrorMessage()).isEqualTo("The password needs at least 10 characters.");
    }

    @Test
    void with_a_temporary_password_every_page_leads_to_my_account_until_a_new_one_is_chosen() {
        jdbc.sql("update account set must_change_password = true where username = 'rivera'").update();
        SignedIn.as(userDetails, "rivera");

        navigate("teacher", AccountView.class);
        assertThat($(Paragraph.class).withId("must-change-password").exists()).isTrue();
        assertThat($(Paragraph.class).id("must-change-password").getText()).isEqualTo("An administrator gave you a temporary password. Choose your own password to go on.");

        test(field("current-password")).setValue(PASSWORD);
        test(field("new-password")).setValue(NEW);
        test(field("new-password-again")).setValue(NEW);
        test($(Button.class).id("change-password")).click();

        assertThat($(Paragraph.class).withId("must-change-password").exists()).isFalse();
        assertThat(navigate("teacher", com.vaadin.flow.component.Component.class)).isNotInstanceOf(AccountView.class);
    }

    private PasswordField field(String id) {
        return $(PasswordField.class).id(id);
    }

    private String hash() {
        return jdbc.sql("select password_hash from account where username = 'rivera'").query(String.class).single();
    }
}

package org.stepwise.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshInstallation() {
        jdbc.sql("delete from account").update();
    }

    @Test
    void the_first_sign_up_says_that_it_also_administers_the_installation() {
        navigate(SignUpView.class);

        assertThat($(Paragraph.class).withId("first-run-note").exists()).isTrue();
    }

    @Test
    void mistakes_are_shown_on_the_fields_they_concern_and_what_was_typed_is_kept() {
        SignUpView view = navigate(SignUpView.class);
        test(view.displayName).setValue("Ms Rivera");
        test(view.username).setValue("rivera");
        test(view.password).setValue("short");
        test(view.passwordAgain).setValue("shorter");

        test(view.submit).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("The password needs at least 10 characters.");
        assertThat(view.passwordAgain.isInvalid()).isTrue();
        assertThat(view.passwordAgain.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(view.displayName.isInvalid()).isFalse();
        assertThat(view.username.getValue()).isEqualTo("rivera");
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();
    }

    @Test
    void a_good_sign_up_creates_the_account_and_leads_to_sign_in() {
        SignUpView view = navigate(SignUpView.class);
        test(view.displayName).setValue("Ms Rivera");
        test(view.username).setValue("rivera");
        test(view.password).setValue("correct horse battery");
        test(view.passwordAgain).setValue("correct horse battery");

        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Paragraph.class).id("account-created").isVisible()).isTrue();
        assertThat(jdbc.sql("select display_name from account where username = 'rivera'").query(String.class).single())
                .isEqualTo("Ms Rivera");
    }

    @Test
    void a_taken_user_name_is_reported_on_the_user_name_field() {
        SignUpView first = navigate(SignUpView.class);
        fill(first, "rivera");
        test(first.submit).click();

        SignUpView second = navigate(SignUpView.class);
        fill(second, "Rivera");
        test(second.submit).click();

        assertThat(second.username.isInvalid()).isTrue();
        assertThat(second.username.getErrorMessage()).isEqualTo("This user name is already taken. Please choose another.");
    }

    private void fill(SignUpView view, String username) {
        test(view.displayName).setValue("Ms Rivera");
        test(view.username).setValue(username);
        test(view.password).setValue("correct horse battery");
        test(view.passwordAgain).setValue("correct horse battery");
    }
}

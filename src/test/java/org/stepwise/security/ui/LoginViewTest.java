package org.stepwise.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void after_too_many_attempts_the_page_says_how_many_minutes_to_wait() {
        open(Map.of("throttled", "3"));

        assertThat(form().isError()).isTrue();
        assertThat(errorTexts()).contains("Please wait a moment").contains("Try again in 3 minutes.");
    }

    @Test
    void a_one_minute_wait_is_named_in_the_singular() {
        open(Map.of("throttled", "1"));

        assertThat(errorTexts()).contains("Try again in 1 minute.");
    }

    @Test
    void a_wrong_password_says_to_check_user_name_and_password() {
        open(Map.of("error", ""));

        assertThat(form().isError()).isTrue();
        assertThat(errorTexts()).contains("Check your user name and password and try again.").doesNotContain("minute");
    }

    @Test
    void the_page_alone_shows_no_error() {
        navigate(LoginView.class);

        assertThat(form().isError()).isFalse();
    }

    /** The texts the form's web component shows when in error, as sent to the browser. */
    /** The sign-in page with query parameters, as Spring Security redirects to it. */
    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("login", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private String errorTexts() {
        return String.valueOf(form().getElement().getPropertyRaw("i18n"));
    }

    private LoginForm form() {
        return $(LoginForm.class).single();
    }
}

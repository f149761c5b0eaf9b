package org.stepwise.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in for teachers and administrators. The form posts to Spring Security's {@code /login},
 * which comes back here with {@code ?error} after a failure, or with {@code ?throttled=<minutes>}
 * when sign-in is refused for a while after too many failures.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The longest wait the page names; a longer number in the address is not ours. */
    private static final int MAX_WAIT_MINUTES = 60;

    final LoginForm form = new LoginForm();
    private final Paragraph created = new Paragraph();

    LoginView() {
        addClassName("stepwise-page");
        setAlignItems(FlexComponent.Alignment.CENTER);

        form.setI18n(texts(null));
        form.setAction("login");
        // no e-mail server is assumed: a forgotten password is reset by an administrator
        form.setForgotPasswordButtonVisible(false);

        created.setText(getTranslation("login.created"));
        created.setId("account-created");
        created.addClassName("stepwise-callout");
        created.setVisible(false);

        Paragraph signUp = new Paragraph(getTranslation("login.no-account") + " ");
        signUp.add(new RouterLink(getTranslation("login.sign-up"), SignUpView.class));
        add(created, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Integer waitMinutes = parameters.getOrDefault("throttled", List.of()).stream().findFirst()
                .map(LoginView::minutes).orElse(null);
        form.setI18n(texts(waitMinutes));
        form.setError(parameters.containsKey("error") || waitMinutes != null);
        created.setVisible(parameters.containsKey("created"));
    }

    /** The form's texts; the error names the wait when sign-in is refused for {@code waitMinutes}. */
    private LoginI18n texts(@Nullable Integer waitMinutes) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (waitMinutes == null) {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        } else {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", waitMinutes));
        }
        return i18n;
    }

    private static Integer minutes(String value) {
        try {
            return Math.clamp(Integer.parseInt(value.strip()), 1, MAX_WAIT_MINUTES);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}

package org.stepwise.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpProblem;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.SignUpResult;

/**
 * Creates a teacher account. On a fresh installation this is the first-run path: the first
 * account also administers Stepwise. There are no default passwords anywhere.
 */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Button submit = new Button();

    private final AccountService accounts;

    SignUpView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("stepwise-page");
        add(new H1(getTranslation("signup.heading")));
        if (accounts.needsFirstTeacher()) {
            Paragraph firstRun = new Paragraph(getTranslation("signup.first-run"));
            firstRun.addClassName("stepwise-callout");
            firstRun.setId("first-run-note");
            add(firstRun);
        }

        displayName.setLabel(getTranslation("signup.display-name"));
        displayName.setHelperText(getTranslation("signup.display-name.helper"));
        displayName.setMaxLength(AccountService.MAX_NAME_LENGTH);
        displayName.setId("display-name");
        username.setLabel(getTranslation("signup.username"));
        username.setHelperText(getTranslation("signup.username.helper"));
        username.setMaxLength(AccountService.MAX_USERNAME_LENGTH);
        username.setId("username");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.helper", AccountService.MIN_PASSWORD_LENGTH));
        password.setId("password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        passwordAgain.setLabel(getTranslation("signup.password-again"));
        passwordAgain.setId("password-again");
        passwordAgain.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        submit.setText(getTranslation("signup.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("create-account");
        submit.addClickListener(e -> signUp());
        submit.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(displayName, username, password, passwordAgain);
        form.setMaxWidth("30rem");
        Paragraph signIn = new Paragraph(getTranslation("signup.have-account") + " ");
        signIn.add(new RouterLink(getTranslation("signup.sign-in"), LoginView.class));
        add(form, submit, signIn);
    }

    private void signUp() {
        List.of(displayName, username, password, passwordAgain).forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        SignUpResult result = accounts.signUpTeacher(new SignUpRequest(
                displayName.getValue(), username.getValue(), password.getValue(), passwordAgain.getValue()));
        switch (result) {
            case SignUpResult.Created created -> getUI().ifPresent(ui ->
                    ui.navigate("login", new QueryParameters(Map.of("created", List.of("")))));
            case SignUpResult.Rejected rejected -> {
                rejected.problems().forEach(this::show);
                fieldOf(rejected.problems().getFirst()).focus();
            }
        }
    }

    private void show(SignUpProblem problem) {
        var field = fieldOf(problem);
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(problem.messageKey(), problem.limit()));
    }

    private com.vaadin.flow.component.textfield.TextFieldBase<?, String> fieldOf(SignUpProblem problem) {
        return switch (problem.field()) {
            case "displayName" -> displayName;
            case "username" -> username;
            case "password" -> password;
            default -> passwordAgain;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · " + getTranslation("app.name");
    }
}

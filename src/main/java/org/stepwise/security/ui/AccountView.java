package org.stepwise.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.stepwise.security.AccountService;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.PasswordChangeResult;
import org.stepwise.security.Roles;
import org.stepwise.security.SignUpProblem;

/**
 * "My account" for teachers and administrators: who they are and changing their password.
 * Students have no password here (their teacher gives them a new secret). After an administrator
 * reset the password, every page leads here until the teacher has chosen their own.
 */
@Route("account")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
public class AccountView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final Button save = new Button();
    private final Paragraph mustChange = new Paragraph();
    private final Paragraph status = new Paragraph();

    private final AccountService accounts;

    AccountView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("stepwise-page");
        add(new H1(getTranslation("account.heading")));
        currentUser.get().ifPresent(user -> add(new Paragraph(getTranslation("account.signed-in-as", user.displayName()))));

        mustChange.setText(getTranslation("account.must-change"));
        mustChange.setId("must-change-password");
        mustChange.addClassName("stepwise-callout");

        current.setLabel(getTranslation("account.current-password"));
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setLabel(getTranslation("account.new-password"));
        password.setHelperText(getTranslation("signup.password.helper", AccountService.MIN_PASSWORD_LENGTH));
        password.setId("new-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordAgain.setLabel(getTranslation("account.new-password-again"));
        passwordAgain.setId("new-password-again");
        passwordAgain.setAutocomplete(Autocomplete.NEW_PASSWORD);

        save.setText(getTranslation("account.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        save.addClickListener(e -> changePassword());
        save.addClickShortcut(Key.ENTER);

        status.setId("password-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);

        FormLayout form = new FormLayout(current, password, passwordAgain);
        form.setMaxWidth("30rem");
        add(mustChange, new H2(getTranslation("account.password.heading")), form, save, status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mustChange.setVisible(accounts.passwordChangeRequired());
    }

    private void changePassword() {
        fields().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        status.setVisible(false);
        try {
            switch (accounts.changePassword(current.getValue(), password.getValue(), passwordAgain.getValue())) {
                case PasswordChangeResult.Changed changed -> {
                    fields().forEach(PasswordField::clear);
                    mustChange.setVisible(false);
                    show(getTranslation("account.changed"), false);
                }
                case PasswordChangeResult.Rejected rejected -> {
                    rejected.problems().forEach(this::show);
                    fieldOf(rejected.problems().getFirst()).focus();
                }
            }
        } catch (ConcurrentChangeException e) {
            show(getTranslation("account.error.changed-meanwhile"), true);
        }
    }

    private void show(String text, boolean problem) {
        status.setText(text);
        status.setClassName("stepwise-callout", !problem);
        status.setClassName("stepwise-problem", problem);
        status.setVisible(true);
    }

    private void show(SignUpProblem problem) {
        PasswordField field = fieldOf(problem);
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(problem.messageKey(), problem.limit()));
    }

    private PasswordField fieldOf(SignUpProblem problem) {
        return switch (problem.field()) {
            case "currentPassword" -> current;
            case "password" -> password;
            default -> passwordAgain;
        };
    }

    private List<PasswordField> fields() {
        return List.of(current, password, passwordAgain);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}

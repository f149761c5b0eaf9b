package org.stepwise.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.stepwise.security.AccountAdministration;
import org.stepwise.security.AccountChange;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.security.ManagedAccount;
import org.stepwise.security.Roles;

/**
 * The installation's teachers, for administrators: disable or enable an account, give a teacher
 * who forgot their password a temporary one. Choose a row (arrow keys and space, or a click), then
 * an action. The temporary password is shown once, in a dialog.
 */
@Route("admin/teachers")
@RolesAllowed(Roles.ADMIN)
public class AdminTeachersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ManagedAccount> grid = new Grid<>();
    private final Button toggleEnabled = new Button();
    private final Button resetPassword = new Button();
    private final Paragraph status = new Paragraph();
    private final Dialog confirmReset = new Dialog();
    private final Button confirmResetButton = new Button();
    private final Dialog temporaryPassword = new Dialog();
    private final Span temporaryPasswordText = new Span();

    private final AccountAdministration administration;
    private @Nullable ManagedAccount toReset;

    AdminTeachersView(AccountAdministration administration) {
        this.administration = administration;
        addClassName("stepwise-page");
        add(new H1(getTranslation("admin.teachers.heading")), new Paragraph(getTranslation("admin.teachers.intro")));

        grid.addColumn(ManagedAccount::displayName).setHeader(getTranslation("admin.teachers.name")).setAutoWidth(true);
        grid.addColumn(ManagedAccount::username).setHeader(getTranslation("admin.teachers.username")).setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("admin.teachers.roles")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("admin.teachers.state")).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("teachers");
        grid.setAriaLabel(getTranslation("admin.teachers.heading"));
        grid.addSelectionListener(e -> actionsFor(e.getFirstSelectedItem()));

        toggleEnabled.setId("toggle-enabled");
        toggleEnabled.addClickListener(e -> selected().ifPresent(this::toggleEnabled));
        resetPassword.setText(getTranslation("admin.teachers.reset"));
        resetPassword.setId("reset-password");
        resetPassword.addClickListener(e -> selected().ifPresent(this::askToReset));
        HorizontalLayout actions = new HorizontalLayout(toggleEnabled, resetPassword);

        status.setId("admin-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);

        confirmResetButton.setText(getTranslation("admin.reset.confirm"));
        confirmResetButton.setId("confirm-reset");
        confirmResetButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmResetButton.addClickListener(e -> {
            confirmReset.close();
            if (toReset != null) {
                reset(toReset);
            }
        });
        Button cancel = new Button(getTranslation("admin.reset.cancel"), e -> confirmReset.close());
        cancel.setId("cancel-reset");
        confirmReset.getFooter().add(cancel, confirmResetButton);
        confirmReset.setHeaderTitle(getTranslation("admin.reset.title"));
        confirmReset.setId("confirm-reset-dialog");

        temporaryPasswordText.setId("temporary-password");
        temporaryPasswordText.addClassName("stepwise-temporary-password");
        Button done = new Button(getTranslation("admin.reset.done"), e -> temporaryPassword.close());
        done.setId("temporary-password-done");
        temporaryPassword.setHeaderTitle(getTranslation("admin.reset.shown.title"));
        temporaryPassword.getFooter().add(done);
        temporaryPassword.setCloseOnOutsideClick(false);
        temporaryPassword.setId("temporary-password-dialog");
        temporaryPassword.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                temporaryPasswordText.setText(""); // shown once: gone from the page when the dialog closes
                temporaryPassword.removeAll();
            }
        });

        add(actions, status, grid);
        refresh(null);
    }

    private String roles(ManagedAccount account) {
        return Stream.of(Roles.TEACHER, Roles.ADMIN).filter(account::hasRole)
                .map(role -> getTranslation("admin.role." + role.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    private String state(ManagedAccount account) {
        if (!account.enabled()) {
            return getTranslation("admin.state.disabled");
        }
        return getTranslation(account.mustChangePassword() ? "admin.state.temporary-password" : "admin.state.enabled");
    }

    private Optional<ManagedAccount> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void actionsFor(Optional<ManagedAccount> account) {
        toggleEnabled.setText(getTranslation(account.map(ManagedAccount::enabled).orElse(true)
                ? "admin.teachers.disable" : "admin.teachers.enable"));
        toggleEnabled.setEnabled(account.isPresent());
        resetPassword.setEnabled(account.isPresent());
    }

    private void toggleEnabled(ManagedAccount account) {
        AccountChange result = attempt(() -> account.enabled()
                ? administration.disable(account.id(), account.version())
                : administration.enable(account.id(), account.version()));
        if (result instanceof AccountChange.Changed changed) {
            report(getTranslation(changed.account().enabled() ? "admin.enabled" : "admin.disabled", account.displayName()), false);
            refresh(changed.account());
        }
    }

    private void askToReset(ManagedAccount account) {
        confirmReset.removeAll();
        confirmReset.add(new Paragraph(getTranslation("admin.reset.question", account.displayName(), account.username())));
        toReset = account;
        confirmReset.open();
        confirmResetButton.focus();
    }

    private void reset(ManagedAccount account) {
        toReset = null;
        if (attempt(() -> administration.resetPassword(account.id(), account.version()))
                instanceof AccountChange.PasswordReset reset) {
            temporaryPasswordText.setText(reset.temporaryPassword());
            temporaryPassword.removeAll();
            temporaryPassword.add(new Paragraph(getTranslation("admin.reset.shown.for", account.displayName(), account.username())),
                    temporaryPasswordText,
                    new Paragraph(getTranslation("admin.reset.shown.hint")));
            temporaryPassword.open();
            report(getTranslation("admin.reset.done-status", account.displayName()), false);
            refresh(reset.account());
        }
    }

    /** Runs an administrator's change; a refusal or a concurrent change is reported and the list reloaded. */
    private AccountChange attempt(Supplier<AccountChange> change) {
        try {
            AccountChange result = change.get();
            if (result instanceof AccountChange.Refused refused) {
                report(getTranslation(refused.messageKey()), true);
            }
            return result;
        } catch (ConcurrentChangeException e) {
            report(getTranslation("admin.error.changed-meanwhile"), true);
            refresh(null);
            return new AccountChange.Refused("admin.error.changed-meanwhile");
        }
    }

    private void report(String text, boolean problem) {
        status.setText(text);
        status.setClassName("stepwise-callout", !problem);
        status.setClassName("stepwise-problem", problem);
        status.setVisible(true);
    }

    /** Reloads the list, keeping {@code select} (or nothing) selected. */
    private void refresh(@Nullable ManagedAccount select) {
        var accounts = administration.teachers();
        grid.setItems(accounts);
        if (select != null) {
            accounts.stream().filter(a -> a.id().equals(select.id())).findFirst().ifPresent(grid::select);
        }
        actionsFor(selected());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.teachers.title") + " · " + getTranslation("app.name");
    }
}

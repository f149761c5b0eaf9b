package org.stepwise.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.stepwise.security.AccountService;

/**
 * A teacher who signed in with a temporary password from an administrator goes to "My account"
 * whatever page they open, until they have chosen their own password. Signing out still works.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != AccountView.class && target != LoginView.class && accounts.passwordChangeRequired()) {
            event.rerouteTo(AccountView.class);
        }
    }
}

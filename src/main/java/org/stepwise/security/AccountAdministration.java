package org.stepwise.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.internal.AccountRepository;
import org.stepwise.security.internal.SignInKeys;
import org.stepwise.security.internal.SignedInSessions;
import org.stepwise.security.internal.TemporaryPasswords;
import org.stepwise.shared.ConcurrentChangeException;

/**
 * What an administrator does with teacher accounts: list them, disable and enable them, reset a
 * forgotten password. Administrators do not read students' work here. An administrator cannot
 * disable themselves, and the installation always keeps an enabled administrator.
 * <p>
 * Every change names the version of the row it was shown and changes nothing when the row has
 * moved on ({@link ConcurrentChangeException}).
 */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final SignedInSessions sessions;
    private final TemporaryPasswords temporaryPasswords;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            LoginThrottle throttle, SignedInSessions sessions, TemporaryPasswords temporaryPasswords) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.sessions = sessions;
        this.temporaryPasswords = temporaryPasswords;
    }

    /** Every teacher and administrator account, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ManagedAccount> teachers() {
        return accounts.findStaff();
    }

    /**
     * Disables the account: it can no longer sign in, and its signed-in sessions end at their next
     * request. Refused for one's own account and for the last enabled administrator.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountChange disable(AccountId id, long version) {
        AccountId me = me();
        if (id.equals(me)) {
            return new AccountChange.Refused("admin.error.disable-self");
        }
        List<AccountId> enabledAdmins = accounts.lockEnabledAdministrators();
        if (enabledAdmins.contains(id) && enabledAdmins.size() == 1) {
            return new AccountChange.Refused("admin.error.last-admin");
        }
        ManagedAccount changed = change(id, version, () -> accounts.setEnabled(id, version, false));
        int ended = sessions.end(id, null);
        log.atInfo().addKeyValue("account", id).addKeyValue("by", me)
                .log("Account {} disabled by administrator {}; {} session(s) ended", id, me, ended);
        return new AccountChange.Changed(changed);
    }

    /** Enables a disabled account again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountChange enable(AccountId id, long version) {
        AccountId me = me();
        ManagedAccount changed = change(id, version, () -> accounts.setEnabled(id, version, true));
        log.atInfo().addKeyValue("account", id).addKeyValue("by", me).log("Account {} enabled by administrator {}", id, me);
        return new AccountChange.Changed(changed);
    }

    /**
     * Replaces the account's password with a temporary one, returned this once (there is no e-mail:
     * the administrator hands it over). The account must choose its own password at its next
     * sign-in; its signed-in sessions end and its failed sign-ins are forgotten. Refused for one's
     * own account: that password is changed on "My account", knowing the current one.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountChange resetPassword(AccountId id, long version) {
        AccountId me = me();
        if (id.equals(me)) {
            return new AccountChange.Refused("admin.error.reset-self");
        }
        String temporary = temporaryPasswords.next();
        String hash = passwordEncoder.encode(temporary);
        ManagedAccount changed = change(id, version, () -> accounts.updatePassword(id, version, hash, true));
        throttle.clear(SignInKeys.teacher(changed.username()));
        int ended = sessions.end(id, null);
        log.atInfo().addKeyValue("account", id).addKeyValue("by", me)
                .log("Password of account {} reset by administrator {}; {} session(s) ended", id, me, ended);
        return new AccountChange.PasswordReset(changed, temporary);
    }

    private ManagedAccount change(AccountId id, long version, java.util.function.BooleanSupplier update) {
        ManagedAccount before = accounts.findManaged(id)
                .filter(account -> account.username() != null && (account.hasRole(Roles.TEACHER) || account.hasRole(Roles.ADMIN)))
                .orElseThrow(() -> new ConcurrentChangeException("The account"));
        if (before.version() != version || !update.getAsBoolean()) {
            throw new ConcurrentChangeException("The account of " + before.id());
        }
        return accounts.findManaged(id).orElseThrow();
    }

    private AccountId me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }
}

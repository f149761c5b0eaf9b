package org.stepwise.security.internal;

import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.stepwise.security.Account;
import org.stepwise.security.AccountId;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;

/** The principal of a signed-in session: Spring Security's user plus the account id and display name. */
public final class StepwiseUserDetails extends User {

    private final AccountId accountId;
    private final String displayName;

    StepwiseUserDetails(Account account, String passwordHash) {
        super(account.username(), passwordHash, account.enabled(), true, true, true,
                account.roles().stream().map(r -> new SimpleGrantedAuthority(Roles.authority(r))).collect(Collectors.toSet()));
        this.accountId = account.id();
        this.displayName = account.displayName();
    }

    private StepwiseUserDetails(AccountId accountId, String displayName) {
        // a student has no user name; the principal's name is never shown or logged. No secret
        // hash is kept in the session.
        super("student:" + accountId.value(), "", true, true, true, true,
                java.util.Set.of(new SimpleGrantedAuthority(Roles.authority(Roles.STUDENT))));
        this.accountId = accountId;
        this.displayName = displayName;
    }

    /** The principal of a student who signed in with their class code and secret. */
    static StepwiseUserDetails student(AccountId accountId, String displayName) {
        return new StepwiseUserDetails(accountId, displayName);
    }

    public AccountId accountId() {
        return accountId;
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(accountId, displayName, getAuthorities().stream()
                .map(a -> a.getAuthority().substring("ROLE_".length()))
                .collect(Collectors.toSet()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StepwiseUserDetails o && o.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}

package org.stepwise.security;

import java.util.Set;

/**
 * A teacher or administrator account as an administrator sees it. Never carries the password or
 * its hash.
 *
 * @param mustChangePassword the account signs in with a temporary password that it must replace
 * @param version            the version of the row this was read from: a change names it and
 *                           changes nothing when the row has moved on
 */
public record ManagedAccount(AccountId id, String displayName, String username, Set<String> roles, boolean enabled,
        boolean mustChangePassword, long version) {

    public ManagedAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

package org.stepwise.security;

import java.util.Set;

/** A person who can sign in. Never carries the password or its hash. */
public record Account(AccountId id, String username, String displayName, Set<String> roles, boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

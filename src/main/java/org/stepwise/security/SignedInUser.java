package org.stepwise.security;

import java.util.Set;

/** Who is using the current session. */
public record SignedInUser(AccountId id, String displayName, Set<String> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

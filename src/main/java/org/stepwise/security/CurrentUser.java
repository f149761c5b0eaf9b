package org.stepwise.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.security.internal.StepwiseUserDetails;

/** Tells who is signed in on the current request or UI access. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof StepwiseUserDetails details) {
            return Optional.of(details.toSignedInUser());
        }
        return Optional.empty();
    }

    public boolean hasRole(String role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }
}

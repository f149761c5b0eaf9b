package org.stepwise.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security's form sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username)
                .map(stored -> new StepwiseUserDetails(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

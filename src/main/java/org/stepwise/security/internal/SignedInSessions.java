package org.stepwise.security.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.stepwise.security.AccountId;

/**
 * The sessions signed in through the sign-in form (Spring Security's session registry). Ending a
 * session marks it expired: its next request finds it signed out and the session invalidated.
 */
@Component
public class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the account except {@code keep} (a session id, or null for none); returns how many. */
    public int end(AccountId account, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StepwiseUserDetails user && user.accountId().equals(account)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            log.atInfo().addKeyValue("account", account).log("Ended {} session(s) of account {}", ended, account);
        }
        return ended;
    }
}

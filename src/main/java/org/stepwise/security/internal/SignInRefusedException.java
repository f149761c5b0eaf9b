package org.stepwise.security.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;

/**
 * Sign-in refused for a while by the {@link org.stepwise.security.LoginThrottle}. An
 * {@link AccountStatusException}, so that Spring Security asks no other provider to check the password.
 */
public class SignInRefusedException extends AccountStatusException {

    private final Duration wait;

    SignInRefusedException(Duration wait, @Nullable Throwable cause) {
        super("Too many failed sign-ins: refused for now", cause);
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    /** The wait in whole minutes, rounded up: what the sign-in page tells the person. */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}

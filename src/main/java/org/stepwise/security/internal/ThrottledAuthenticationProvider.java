package org.stepwise.security.internal;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.stepwise.security.LoginThrottle;

/**
 * The teachers' password sign-in, through the {@link LoginThrottle}: while the account or the
 * client address is refused, no password is checked at all; otherwise the delegate checks it and
 * the outcome is recorded. A failure that starts a refusal is reported as a refusal at once.
 * <p>
 * Why a provider and not Spring Security's authentication events: the refusal must come before the
 * password check, which an event listener cannot prevent, and one class that sees the check, its
 * outcome and the address keeps the counting in one place. The address is the request's remote
 * address as the sign-in filter records it ({@link WebAuthenticationDetails}); behind a proxy it is
 * the proxy's unless {@code server.forward-headers-strategy} is configured.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String key = SignInKeys.teacher(authentication.getName());
        String address = addressOf(authentication);
        Optional<Duration> wait = throttle.refusal(key, address);
        if (wait.isPresent()) {
            throw new SignInRefusedException(wait.get(), null);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the database failed, not the person
        } catch (AuthenticationException e) {
            throttle.failed(key, address);
            Optional<Duration> now = throttle.refusal(key, address);
            if (now.isPresent()) {
                throw new SignInRefusedException(now.get(), e);
            }
            throw e;
        }
        if (result != null) {
            throttle.succeeded(key);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_ADDRESS;
    }
}

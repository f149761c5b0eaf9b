package org.stepwise.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in: {@code login?error}, or {@code login?throttled=<minutes>}
 * when sign-in is refused for a while. Nothing is kept in the session.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof SignInRefusedException refused) {
            redirect.sendRedirect(request, response, "/login?throttled=" + refused.minutes());
        } else {
            redirect.sendRedirect(request, response, "/login?error");
        }
    }
}

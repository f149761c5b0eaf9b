package org.stepwise.security.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.stepwise.security.LoginThrottle;

/**
 * How teachers sign in: passwords checked through the {@link LoginThrottle}, and every signed-in
 * session registered so that an administrator can end an account's sessions.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /** The only authentication provider, so that Spring Security checks no password behind the throttle's back. */
    @Bean
    AuthenticationProvider throttledPasswordSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id (Spring Boot registers it with the servlet container). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignInFailureHandler signInFailureHandler() {
        return new SignInFailureHandler();
    }

    /**
     * An ended session's next request: Spring Security has signed it out and invalidated the
     * session already; the request goes on as one without a session, so Vaadin answers it the way
     * its client understands (session expired) and a page request ends at the sign-in page.
     */
    static final class ContinueSignedOut implements SessionInformationExpiredStrategy {
        @Override
        public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException, ServletException {
            if (event.getFilterChain() == null) {
                event.getResponse().sendRedirect(event.getRequest().getContextPath() + "/");
                return;
            }
            event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
        }
    }
}

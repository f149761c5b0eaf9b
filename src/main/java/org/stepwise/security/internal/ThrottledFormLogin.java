package org.stepwise.security.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Gives the form login that Vaadin's configurer sets up our failure handler. Vaadin adds the form
 * login while it initialises; this configurer's initialisation runs after that and before the
 * form login's own, so the handler is in place when the sign-in filter is built.
 */
final class ThrottledFormLogin extends AbstractHttpConfigurer<ThrottledFormLogin, HttpSecurity> {

    private final AuthenticationFailureHandler failures;

    ThrottledFormLogin(AuthenticationFailureHandler failures) {
        this.failures = failures;
    }

    @Override
    public void init(HttpSecurity http) {
        http.formLogin(form -> form.failureHandler(failures));
    }
}

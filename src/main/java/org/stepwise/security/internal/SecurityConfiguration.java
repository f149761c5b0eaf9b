package org.stepwise.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.stepwise.security.ui.LoginView;

/**
 * Web security: Vaadin's view access checks ({@code @AnonymousAllowed}, {@code @RolesAllowed}),
 * form sign-in through {@link LoginView} (throttled, see {@link SignInConfiguration}), method
 * security on services, the two operations endpoints open to monitoring, and the app's own style
 * sheets. Signed-in sessions are registered, so that disabling an account ends its sessions.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, SignInFailureHandler signInFailures)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers("/pictures/**").permitAll());
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(new SignInConfiguration.ContinueSignedOut()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.with(new ThrottledFormLogin(signInFailures), Customizer.withDefaults()).build();
    }

    /**
     * Spring Security's delegating encoder: bcrypt for new hashes, each hash prefixed with its
     * algorithm so that stronger ones can be introduced later without breaking old accounts.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package org.stepwise.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.stepwise.security.LoginThrottle;
import org.stepwise.security.MutableClock;

class ThrottledAuthenticationProviderTest {

    private static final String RIGHT = "correct horse battery";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final List<String> passwordsChecked = new ArrayList<>();
    private boolean databaseDown;

    /** Stands for the real password check and remembers every password it was asked to check. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            if (databaseDown) {
                throw new InternalAuthenticationServiceException("database down");
            }
            passwordsChecked.add(String.valueOf(authentication.getCredentials()));
            if (!RIGHT.equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, AuthorityUtils.NO_AUTHORITIES);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords, throttle);

    @Test
    void the_fifth_wrong_password_is_answered_with_the_wait() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("rivera", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> provider.authenticate(attempt("Rivera ", "wrong")))
                .isInstanceOfSatisfying(SignInRefusedException.class, e -> assertThat(e.minutes()).isEqualTo(1));
    }

    @Test
    void while_refused_no_password_is_checked_at_all() {
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong " + i;
            assertThatThrownBy(() -> provider.authenticate(attempt("rivera", wrong)));
        }
        passwordsChecked.clear();

        assertThatThrownBy(() -> provider.authenticate(attempt("rivera", RIGHT))).isInstanceOf(SignInRefusedException.class);

        assertThat(passwordsChecked).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(provider.authenticate(attempt("rivera", RIGHT)).isAuthenticated()).isTrue();
        assertThat(passwordsChecked).containsExactly(RIGHT);
    }

    @Test
    void a_refused_address_gets_no_password_check_for_any_account() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            String guess = "guess" + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(guess, "wrong")));
        }
        passwordsChecked.clear();

        assertThatThrownBy(() -> provider.authenticate(attempt("rivera", RIGHT))).isInstanceOf(SignInRefusedException.class);
        assertThat(passwordsChecked).isEmpty();
    }

    @Test
    void a_success_clears_the_accounts_failures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("rivera", "wrong")));
        }
        provider.authenticate(attempt("rivera", RIGHT));

        assertThatThrownBy(() -> provider.authenticate(attempt("rivera", "wrong"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_failing_database_is_not_counted_against_the_person() {
        databaseDown = true;
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("rivera", RIGHT))).isInstanceOf(InternalAuthenticationServiceException.class);
        }

        assertThat(throttle.refusal(SignInKeys.teacher("rivera"), "192.0.2.10")).isEmpty();
    }

    @Test
    void teacher_keys_cannot_collide_with_students_keys() {
        assertThat(SignInKeys.teacher(" Ms.Rivera ")).isEqualTo("teacher:ms.rivera");
        assertThat(SignInKeys.teacher("student:0b5e")).isNotEqualTo("student:0b5e");
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
        return token;
    }
}

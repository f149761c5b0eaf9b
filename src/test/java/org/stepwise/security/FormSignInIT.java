package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The teachers' sign-in form over real HTTP, as a browser uses it: fetch the sign-in page (a session
 * cookie and the CSRF token in the page), post the form, follow the session cookie. A page that
 * needs a teacher ({@code /teacher}) answers 200 when the session is signed in and redirects to the
 * sign-in page when not. The throttle runs on a clock the tests move forward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.org.stepwise=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class FormSignInIT {

    private static final String PASSWORD = "correct horse battery";

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void twoTeachers() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", PASSWORD, PASSWORD)); // the administrator
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", PASSWORD, PASSWORD));
        clock.advance(Duration.ofHours(1)); // earlier tests' failures (all from 127.0.0.1) are forgotten
    }

    @AfterEach
    void signOutOfTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_session_id_changes_at_sign_in_and_signing_out_invalidates_the_session() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page starts a session").isNotNull();

        HttpResponse<String> signIn = browser.signIn("okafor", PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).doesNotContain("error");
        String signedIn = browser.sessionId();
        assertThat(signedIn).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/teacher").statusCode()).as("signed in").isEqualTo(200);
        assertThat(new Browser(before).get("/teacher").statusCode()).as("the old session id is not signed in").isEqualTo(302);

        HttpResponse<String> signOut = browser.post("/logout", Map.of("_csrf", browser.csrfToken("/teacher")));

        assertThat(signOut.statusCode()).isEqualTo(302);
        HttpResponse<String> withOldCookie = new Browser(signedIn).get("/teacher");
        assertThat(withOldCookie.statusCode()).as("the signed-out session cookie no longer signs in").isEqualTo(302);
        assertThat(location(withOldCookie)).endsWith("/login");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_the_wait_is_over() throws Exception {
        Browser browser = new Browser();
        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.signIn("okafor", "wrong password " + i))).endsWith("/login?error");
        }
        assertThat(location(browser.signIn("OKAFOR", "wrong password 5"))).as("the 5th failure, in any case")
                .endsWith("/login?throttled=1");

        HttpResponse<String> right = browser.signIn("okafor", PASSWORD);

        assertThat(location(right)).endsWith("/login?throttled=1");
        assertThat(browser.get("/teacher").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(location(new Browser().signIn("rivera", PASSWORD))).as("other accounts sign in").doesNotContain("login");

        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> afterTheWait = browser.signIn("okafor", PASSWORD);

        assertThat(location(afterTheWait)).doesNotContain("login");
        assertThat(browser.get("/teacher").statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void a_failed_sign_in_writes_neither_the_user_name_nor_the_password_to_the_log(CapturedOutput output) throws Exception {
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            browser.signIn("zebra-quokka-name", "platypus-secret-" + i);
        }
        browser.signIn("Okafor", "platypus-secret-okafor");

        assertThat(output.getAll()).as("the log mentions the refusal").contains("refused sign-in")
                .doesNotContainIgnoringCase("zebra-quokka").doesNotContain("platypus").doesNotContainIgnoringCase("okafor");
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_signed_in_session_ends() throws Exception {
        Browser okafor = new Browser();
        okafor.signIn("okafor", PASSWORD);
        assertThat(okafor.get("/teacher").statusCode()).isEqualTo(200);

        runAs("rivera");
        ManagedAccount account = administration.teachers().stream().filter(a -> a.username().equals("okafor")).findFirst().orElseThrow();
        assertThat(administration.disable(account.id(), account.version())).isInstanceOf(AccountChange.Changed.class);

        assertThat(okafor.get("/teacher").statusCode()).as("the live session is signed out").isEqualTo(302);
        assertThat(location(new Browser().signIn("okafor", PASSWORD))).endsWith("/login?error");
    }

    @Test
    void a_temporary_password_from_an_administrator_signs_in_and_ends_the_old_sessions() throws Exception {
        Browser before = new Browser();
        before.signIn("okafor", PASSWORD);
        runAs("rivera");
        ManagedAccount account = administration.teachers().stream().filter(a -> a.username().equals("okafor")).findFirst().orElseThrow();

        AccountChange reset = administration.resetPassword(account.id(), account.version());

        String temporary = ((AccountChange.PasswordReset) reset).temporaryPassword();
        assertThat(before.get("/teacher").statusCode()).as("signed out by the reset").isEqualTo(302);
        assertThat(location(new Browser().signIn("okafor", PASSWORD))).as("the old password").endsWith("/login?error");
        Browser after = new Browser();
        assertThat(location(after.signIn("okafor", temporary))).doesNotContain("login");
        assertThat(after.get("/teacher").statusCode()).isEqualTo(200);
    }

    private void runAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** A cookie jar and the requests a browser makes; redirects are not followed, so each step can be checked. */
    private final class Browser {
        private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Browser() {
        }

        /** A browser that still holds an old session cookie. */
        Browser(String sessionId) {
            cookies.put("JSESSIONID", sessionId);
        }

        String sessionId() {
            return cookies.get("JSESSIONID");
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        /** What the sign-in form sends, with the CSRF token of a freshly loaded sign-in page. */
        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            return post("/login", Map.of("username", username, "password", password, "_csrf", csrfToken("/login")));
        }

        String csrfToken(String page) throws IOException, InterruptedException {
            HttpResponse<String> response = get(page);
            Matcher m = CSRF.matcher(response.body());
            assertThat(m.find()).as("CSRF token in " + page).isTrue();
            return m.group(1);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return response;
        }
    }
}

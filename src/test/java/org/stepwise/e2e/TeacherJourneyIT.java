package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real headless Chromium: a visitor sees the home page and the lessons, creates the first teacher account,
 * signs in, reaches the teacher's page and signs out; the browser never contacts another host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeacherJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private BrowserSession browser;
    private String base;

    @BeforeEach
    void open() {
        jdbc.sql("delete from account").update();
        base = "http://localhost:" + port + "/";
        browser = new BrowserSession(1280, 900);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void first_teacher_signs_up_signs_in_and_reaches_the_teacher_page() throws Exception {
        Page page = browser.page();

        page.navigate(base);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Learn to think like a computer scientist"))).isVisible();
        assertThat(page).hasTitle("Stepwise");
        assertThat(Files.size(browser.screenshot("home"))).isPositive();

        page.locator("#start-lesson").click();
        assertThat(page).hasURL(base + "lessons");
        assertThat(page.locator("#lesson-100-days-from-tuesday")).containsText("100 days from Tuesday");
        browser.screenshot("lessons");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Home")).click();

        page.locator("#create-first-teacher").click();
        assertThat(page).hasURL(base + "signup");
        page.locator("#display-name input").fill("Ms Rivera");
        page.locator("#username input").fill("rivera");
        page.locator("#password input").fill("correct horse battery");
        page.locator("#password-again input").fill("correct horse battery");
        browser.screenshot("sign-up");
        page.locator("#create-account").click();

        assertThat(page.locator("#account-created")).isVisible();
        page.locator("vaadin-login-form input[name='username']").fill("rivera");
        page.locator("vaadin-login-form input[name='password']").fill("correct horse battery");
        browser.screenshot("sign-in");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();

        assertThat(page.locator("#signed-in-as")).hasText("Signed in as Ms Rivera");
        page.navigate(base + "teacher");
        assertThat(page.locator("#teacher-welcome")).hasText("Welcome, Ms Rivera");
        assertThat(page.getByText("My classes").first()).isVisible();
        assertThat(Files.size(browser.screenshot("teacher-home"))).isPositive();

        page.locator("#sign-out").click();
        assertThat(page.locator("#sign-in")).isVisible();
        page.navigate(base + "teacher");
        assertThat(page.locator("vaadin-login-form")).isVisible();

        assertThat(browser.requestCount()).isGreaterThan(5);
        assertThat(browser.requestsOutside(base)).as("requests to other hosts").isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        Page page = browser.page();
        page.navigate(base + "login");

        page.locator("vaadin-login-form input[name='username']").fill("nobody");
        page.locator("vaadin-login-form input[name='password']").fill("wrong password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();

        assertThat(page.getByText("Check your user name and password and try again.")).isVisible();
        assertThat(page.locator("#signed-in-as")).hasCount(0);
    }
}

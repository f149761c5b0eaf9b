package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/**
 * In real headless Chromium, a signed-in student has the same exercise open in two tabs and builds
 * in both: the tab that saves second is told, keeps its program on screen, and the student chooses
 * with the keyboard alone which program to keep. Nothing is lost without the student choosing.
 * Screenshots go to {@code target/screenshots/tabs-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoTabsIT {

    private static final String EXERCISE = "lessons/100-days-from-tuesday/count-day-by-day";
    /** Blocks of the program (not of the flyout beside it). */
    private static final String PROGRAM = "#workspace svg.blocklySvg .blocklyBlockCanvas ";
    /** The toolbox of "Count day by day", in order. */
    private static final int REPEAT = 0;
    private static final int NEXT_DAY = 3;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    private BrowserSession browser;
    private String base;

    @BeforeEach
    void open() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ana", "ana", "correct horse battery", "correct horse battery"));
        base = "http://localhost:" + port + "/";
        browser = new BrowserSession(1400, 1000);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void the_tab_that_saves_second_asks_which_program_to_keep_and_the_student_chooses_with_the_keyboard() {
        Page first = browser.page();
        first.navigate(base + "login");
        first.locator("vaadin-login-form input[name='username']").fill("ana");
        first.locator("vaadin-login-form input[name='password']").fill("correct horse battery");
        first.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(first.locator("#signed-in-as")).isVisible();
        first.navigate(base + EXERCISE);
        Page second = browser.newPage();
        second.navigate(base + EXERCISE);
        assertThat(first.locator("#save-status")).hasText("All changes saved.");
        assertThat(second.locator("#save-status")).hasText("All changes saved.");

        // the first tab adds a repeat block and saves it
        insertFromToolbox(first, REPEAT);
        waitForSaved("controls_repeat_ext");

        // the second tab, which loaded the same (empty) work, adds "next day": its save is refused
        insertFromToolbox(second, NEXT_DAY);
        assertThat(second.locator("#save-conflict[role=alert]"))
                .containsText("This exercise was also changed in another tab or on another computer.");
        assertThat(second.locator("#save-status")).containsText("Not saved");
        assertThat(second.locator(PROGRAM + ".calendar_next_day")).hasCount(1); // still on screen
        assertThat(savedProgram()).contains("controls_repeat_ext").doesNotContain("calendar_next_day");
        browser.screenshot(second, "tabs-conflict");

        // the student keeps the second tab's program, with the keyboard
        press(second, "Shift+Tab", "#keep-this-one");
        second.keyboard().press("Enter");
        assertThat(second.locator("#save-status")).hasText("All changes saved.");
        assertThat(second.locator("#save-conflict")).isEmpty();
        assertThat(savedProgram()).contains("calendar_next_day").doesNotContain("controls_repeat_ext");
        second.keyboard().press("Tab"); // the banner has gone: Tab goes on from where it was, into the program
        assertThat(focusIsIn(second, "#workspace")).isTrue();

        // back in the first tab, the next edit runs into that; the student loads the other program
        insertFromToolbox(first, NEXT_DAY);
        assertThat(first.locator("#save-conflict[role=alert]")).isVisible();
        press(first, "Shift+Tab", "#load-the-other-one");
        first.keyboard().press("Enter");
        assertThat(first.locator("#save-conflict")).isEmpty();
        assertThat(first.locator(PROGRAM + ".controls_repeat_ext")).hasCount(0);
        assertThat(first.locator(PROGRAM + ".calendar_next_day")).hasCount(1);
        browser.screenshot(first, "tabs-loaded-the-other");
        assertThat(savedProgram()).contains("calendar_next_day").doesNotContain("controls_repeat_ext");
        assertThat(browser.requestsOutside(base)).isEmpty();
    }

    private String savedProgram() {
        return jdbc.sql("select workspace from saved_workspace").query(String.class).optional().orElse("");
    }

    /** Waits until the saved program has this block (the workspace sends edits after a short pause). */
    private void waitForSaved(String blockType) {
        long until = System.currentTimeMillis() + 10_000;
        while (!savedProgram().contains(blockType)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the program with " + blockType + " was never saved");
            }
            browser.page().waitForTimeout(100);
        }
    }

    /** Tabs into the workspace, opens the blocks to choose from (T), takes the one at this position and puts it down. */
    private static void insertFromToolbox(Page tab, int position) {
        tab.bringToFront();
        press(tab, "Tab", "#workspace");
        key(tab, "t");
        for (int i = 0; i < position; i++) {
            key(tab, "ArrowDown");
        }
        key(tab, "Enter");
        key(tab, "Enter");
    }

    /** Presses a key until the keyboard focus is inside this element, as a keyboard user would. */
    private static void press(Page tab, String key, String selector) {
        for (int i = 0; i < 60; i++) {
            if (focusIsIn(tab, selector)) {
                return;
            }
            tab.keyboard().press(key);
        }
        throw new AssertionError(key + " never reached " + selector);
    }

    private static boolean focusIsIn(Page tab, String selector) {
        return (Boolean) tab.evaluate("s => { const e = document.querySelector(s); return !!e && e.contains(document.activeElement); }", selector);
    }

    private static void key(Page tab, String key) {
        tab.keyboard().press(key);
        tab.waitForTimeout(200);
    }
}

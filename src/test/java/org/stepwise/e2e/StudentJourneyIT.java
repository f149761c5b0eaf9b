package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium, an anonymous student works through "100 days from Tuesday": opens the
 * lesson from the catalog, builds a program by dragging blocks, steps through it (the highlighted
 * block and the week wheel change at each step, and step back goes back), checks it, sees the
 * cases it fails, fixes it, passes every case, and after a reload finds the program as it was.
 * Screenshots of each stage go to {@code target/screenshots/student-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudentJourneyIT {

    private static final Pattern HIGHLIGHTED = Pattern.compile("\\bblocklyHighlighted\\b");

    @LocalServerPort
    int port;

    private BrowserSession browser;
    private Page page;
    private WorkspaceDriver blocks;
    private String base;

    @BeforeEach
    void open() {
        base = "http://localhost:" + port + "/";
        browser = new BrowserSession(1400, 1000);
        page = browser.page();
        blocks = new WorkspaceDriver(page);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void a_student_builds_steps_through_checks_fixes_and_after_a_reload_finds_the_program() {
        page.navigate(base + "lessons");
        page.locator("#lesson-100-days-from-tuesday a").click();
        assertThat(page.locator("#section-problem")).isVisible();
        assertThat(page.locator("#section-teacher-notes")).hasCount(0); // not for students
        browser.screenshot("student-lesson");
        page.locator("#exercise-count-day-by-day").click();
        assertThat(page).hasURL(base + "lessons/100-days-from-tuesday/count-day-by-day");
        assertThat(blocks.flyoutBlock("calendar_next_day")).isVisible();
        assertThat(page.locator("#save-status")).containsText("saved in this browser");

        // build: repeat (number of days to count) times { turn the wheel to the next day }, and forget to answer
        blocks.dragTo("controls_repeat_ext", () -> {
            BoundingBox flyout = blocks.flyout().boundingBox();
            return new double[] {flyout.x + flyout.width + 80, flyout.y + 40};
        });
        blocks.dragTo("calendar_number_of_days", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_repeat_ext"), 60, 17, false));
        blocks.dragTo("calendar_next_day", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_repeat_ext"), 35, 45, false));
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 3");
        browser.screenshot("student-built");

        // step through: the repeat block, then "next day" turns the wheel from Tuesday to Wednesday
        page.locator("#step").click();
        assertThat(blocks.programBlock("controls_repeat_ext")).hasClass(HIGHLIGHTED);
        assertThat(page.locator("#position")).hasText(Pattern.compile("Step 1 of \\d+"));
        page.locator("#step").click();
        assertThat(blocks.programBlock("calendar_next_day")).hasClass(HIGHLIGHTED);
        assertThat(stageSays()).containsText("Wednesday");
        page.locator("#step").click();
        assertThat(stageSays()).containsText("Thursday");
        assertThat(page.locator("#step-log li")).hasCount(3);
        browser.screenshot("student-stepping");
        page.locator("#step-back").click();
        assertThat(stageSays()).containsText("Wednesday");
        assertThat(blocks.programBlock("calendar_next_day")).hasClass(HIGHLIGHTED);
        assertThat(page.locator("#step-log li")).hasCount(2);
        page.locator("#reset").click();
        assertThat(stageSays()).containsText("Tuesday");
        assertThat(page.locator("#workspace .blocklyHighlighted")).hasCount(0);

        // check: every case fails because the program never answers
        page.locator("#check").click();
        assertThat(page.locator("#results-summary")).hasText(Pattern.compile("^0 of \\d+ cases passed\\.$"));
        assertThat(page.locator("#results-cases li").first()).containsText("Arrange: Start on Tuesday and count 100 days.");
        browser.screenshot("student-failed");

        // fix: answer with the day the wheel shows, after the loop
        blocks.dragTo("calendar_answer", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_repeat_ext"), 14, 20, true));
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 4");
        browser.screenshot("student-fixed");
        page.locator("#check").click();
        assertThat(page.locator("#results-summary")).hasText(Pattern.compile("^(\\d+) of \\1 cases passed\\.$"));
        assertThat(page.locator("#results-steps")).containsText("The example solution takes");
        browser.screenshot("student-passed");

        // the work is still there after a reload (an anonymous student's work is kept in the browser)
        page.waitForTimeout(1_500); // longer than the workspace's pause before it sends an edit
        page.reload();
        assertThat(blocks.programBlock("calendar_answer")).isVisible();
        assertThat(page.locator("#workspace svg.blocklySvg .blocklyBlockCanvas .blocklyBlock")).hasCount(4);
        page.locator("#check").click();
        assertThat(page.locator("#results-summary")).hasText(Pattern.compile("^(\\d+) of \\1 cases passed\\.$"));
        browser.screenshot("student-reloaded");

        assertThat(browser.requestsOutside(base)).isEmpty();
    }

    @Test
    void the_whole_exercise_can_be_done_with_the_keyboard_alone() {
        page.navigate(base + "lessons/100-days-from-tuesday/count-day-by-day");
        assertThat(blocks.flyoutBlock("calendar_next_day")).isVisible();

        tabUntil("#workspace");
        insertFromToolbox(0); // repeat … times
        browser.screenshot("keyboard-1");
        insertFromToolbox(2); // number of days to count: goes into the repeat's number
        browser.screenshot("keyboard-2");
        insertFromToolbox(3); // turn the wheel to the next day: goes inside the repeat
        browser.screenshot("keyboard-3");
        insertFromToolbox(4, "ArrowDown"); // answer with the day the wheel shows: moved on to after the repeat
        browser.screenshot("keyboard-4");
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 4");

        tabUntil("#step");
        press("Enter");
        press("Enter");
        assertThat(stageSays()).containsText("Wednesday");
        tabUntil("#check");
        press("Enter");
        assertThat(page.locator("#results-summary")).hasText(Pattern.compile("^(\\d+) of \\1 cases passed\\.$"));
        browser.screenshot("keyboard-passed");
    }

    @Test
    void a_student_switches_to_spanish_and_the_interface_blocks_and_world_speak_spanish() {
        page.navigate(base + "lessons");
        assertThat(page.locator("h1")).hasText("Lessons");

        page.locator("#language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Español")).click();

        assertThat(page.locator("h1")).hasText("Lecciones");
        page.navigate(base + "lessons/100-days-from-tuesday/count-day-by-day");
        assertThat(page.locator("#check")).containsText("Comprobar mi programa");
        assertThat(blocks.flyoutBlock("calendar_next_day")).not().containsText("next day");
        assertThat(stageSays()).containsText("martes");
        browser.screenshot("student-spanish");
    }

    /** Where the flyout's cursor is: it stays on the block chosen last time. */
    private int flyoutPosition;

    /**
     * Opens the blocks to choose from (T), goes to the one at this position, takes it (Enter), moves
     * it with these keys from where it was put, and puts it down (Enter).
     */
    private void insertFromToolbox(int position, String... moves) {
        press("t");
        for (; flyoutPosition < position; flyoutPosition++) {
            press("ArrowDown");
        }
        for (; flyoutPosition > position; flyoutPosition--) {
            press("ArrowUp");
        }
        press("Enter");
        for (String move : moves) {
            press(move);
        }
        press("Enter");
    }

    private void press(String key) {
        page.keyboard().press(key);
        page.waitForTimeout(200);
    }

    /** Presses Tab until the keyboard focus is inside this element, as a keyboard user would. */
    private void tabUntil(String selector) {
        for (int i = 0; i < 60; i++) {
            if ((Boolean) page.evaluate("s => { const e = document.querySelector(s); return !!e && e.contains(document.activeElement); }", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private Locator stageSays() {
        return page.locator("#stage [aria-live=polite]");
    }
}

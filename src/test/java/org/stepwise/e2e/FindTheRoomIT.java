package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium, an anonymous student works through "Find the room", exercise "Follow
 * the signs" (the loop "repeat until I am at the door of the room I am looking for" is given): opens
 * it from the catalog, puts an if block, a sign question, a turn and a step into the loop by
 * dragging, steps through the first building (the walker moves on the stage, the running block is
 * highlighted, step back goes back), watches the program on a second building at the fastest speed,
 * checks it and learns that it bumps into a wall in the first building because it never turns
 * right, adds the right turn, passes every case, and after a reload finds the program as it was.
 * Screenshots of each stage go to {@code target/screenshots/room-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindTheRoomIT {

    private static final Pattern HIGHLIGHTED = Pattern.compile("\\bblocklyHighlighted\\b");
    private static final Pattern ALL_PASSED = Pattern.compile("^(\\d+) of \\1 cases passed\\.$");
    private static final String AT_THE_START = "You are in the corridor, facing north. The way ahead is free.";

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
    void a_student_follows_the_signs_in_two_buildings_fixes_the_missing_right_turn_and_after_a_reload_finds_the_program() {
        page.navigate(base + "lessons");
        page.locator("#lesson-find-the-room a").click();
        assertThat(page.locator("#section-problem")).isVisible();
        assertThat(page.locator("#section-teacher-notes")).hasCount(0); // not for students
        screenshot("room-lesson");
        page.locator("#exercise-follow-the-signs").click();
        assertThat(page).hasURL(base + "lessons/find-the-room/follow-the-signs");
        assertThat(blocks.flyoutBlock("building_sign_points")).isVisible();
        assertThat(page.locator("#save-status")).containsText("saved in this browser");

        // the given loop is in view beside the flyout, not under it
        Locator loop = blocks.programBlock("controls_whileUntil");
        assertThat(loop).isVisible();
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 3");
        assertThat(loop.boundingBox().x).isGreaterThanOrEqualTo(right(blocks.flyout().boundingBox()));

        // the first building: room 214 upstairs, the walker at the bottom facing north
        assertThat(stage(".goal")).containsText("Find room 214");
        assertThat(stage(".door.target")).hasAttribute("data-room", "214");
        assertThat(stageSays()).hasText(AT_THE_START);

        // build: repeat until at the door { if the sign points left: turn left; walk forward } (no right turn yet)
        blocks.dragTo("controls_if", () -> {
            BoundingBox given = blocks.programBlock("building_at_room").boundingBox(); // the loop's condition, in its top row
            return new double[] {loop.boundingBox().x + 35, bottom(given) + 18}; // the loop's "do"
        });
        blocks.dragTo("building_sign_points", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_if"), 50, 18)); // the if's condition
        blocks.dragTo("building_turn", () -> {
            BoundingBox ifBlock = blocks.programBlock("controls_if").boundingBox();
            return new double[] {ifBlock.x + 42, bottom(blocks.programBlock("building_sign_points").boundingBox()) + 18}; // the if's "do"
        });
        blocks.dragTo("building_move_forward", () -> {
            BoundingBox ifBlock = blocks.programBlock("controls_if").boundingBox();
            return new double[] {ifBlock.x + 12, bottom(ifBlock) + 12}; // under the if
        });
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 7");
        assertThat(blocks.programBlock("controls_whileUntil", "controls_if", "building_sign_points")).isVisible();
        assertThat(blocks.programBlock("controls_whileUntil", "controls_if", "building_turn")).isVisible();
        assertThat(blocks.programBlock("controls_whileUntil", "building_move_forward")).isVisible();
        screenshot("room-built");

        // step through: the loop, the if (no sign at the start), then one square north onto the first sign
        page.locator("#step").click();
        assertThat(loop).hasClass(HIGHLIGHTED);
        assertThat(page.locator("#position")).hasText(Pattern.compile("Step 1 of \\d+"));
        page.locator("#step").click();
        assertThat(blocks.programBlock("controls_if")).hasClass(HIGHLIGHTED);
        assertThat(stageSays()).hasText(AT_THE_START);
        page.locator("#step").click();
        assertThat(blocks.programBlock("building_move_forward")).hasClass(HIGHLIGHTED);
        assertThat(stageSays()).containsText("There is a sign here: rooms 101 to 109 are to the west");
        assertThat(stage(".walker")).hasAttribute("data-row", "4");
        assertThat(stage(".moves")).containsText("Steps: 1");
        assertThat(page.locator("#step-log li")).hasCount(3);
        screenshot("room-stepping");
        page.locator("#step-back").click();
        assertThat(stageSays()).hasText(AT_THE_START);
        assertThat(stage(".walker")).hasAttribute("data-row", "5");
        assertThat(blocks.programBlock("controls_if")).hasClass(HIGHLIGHTED);
        assertThat(page.locator("#step-log li")).hasCount(2);
        page.locator("#reset").click();
        assertThat(page.locator("#workspace .blocklyHighlighted")).hasCount(0);

        // another building: the sports centre, room 303, where the signs only ever send you left
        page.locator("#case").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("The sports centre: room 303")).click();
        assertThat(stage(".goal")).containsText("Find room 303");
        assertThat(stage(".door.target")).hasAttribute("data-room", "303");
        assertThat(stage(".door.target")).hasAttribute("data-reached", "false");
        assertThat(stage(".walker")).hasAttribute("data-row", "6");
        screenshot("room-other-building");

        // run it at the fastest speed: up to the sign, left, and along to room 303
        page.locator("#speed input").press("End");
        assertThat(page.locator("#speed input")).hasValue("10");
        page.waitForFunction("() => document.querySelector('#stage').animationMillis < 100"); // the server has the new speed
        page.locator("#run").click();
        assertThat(page.locator("#step-log li").last()).hasText("The end. You reached the door of room 303.");
        assertThat(stage(".door.target")).hasAttribute("data-reached", "true");
        assertThat(stage(".walker")).hasAttribute("data-row", "1");
        assertThat(stage(".walker")).hasAttribute("data-col", "3");
        assertThat(stageSays()).containsText("You are at the door of room 303, facing west.");
        assertThat(page.locator("#run")).isDisabled();
        screenshot("room-run");

        // check: the sports centre passes, the new school does not (its sign sends you right)
        page.locator("#check").click();
        assertThat(page.locator("#results-summary")).hasText(Pattern.compile("^\\d+ of \\d+ cases passed\\.$"));
        assertThat(page.locator("#results-summary")).not().hasText(ALL_PASSED);
        Locator school = page.locator("#results-cases li").filter(new Locator.FilterOptions().setHasText("The new school: room 214"));
        assertThat(school).containsText("Not yet: The new school: room 214");
        assertThat(school).containsText("You bumped into a wall.");
        Locator sports = page.locator("#results-cases li").filter(new Locator.FilterOptions().setHasText("The sports centre: room 303"));
        assertThat(sports).containsText("Passed: The sports centre: room 303");
        assertThat(page.locator("#results-hidden")).hasText(Pattern.compile("^\\d+ of \\d+ hidden cases passed\\.$"));
        assertThat(page.locator("#results-hidden")).not().hasText(Pattern.compile("^(\\d+) of \\1 hidden"));
        screenshot("room-failed");

        // fix: a second if between the first and the step: if the sign points right, turn right
        blocks.dragTo("controls_if", () -> WorkspaceDriver.relativeTo(blocks.programBlock("building_move_forward"), 12, 12)); // onto the step: it goes in above it
        Locator secondIf = blocks.programBlock("controls_if", "controls_if");
        blocks.dragTo("building_sign_points", () -> WorkspaceDriver.relativeTo(secondIf, 50, 18));
        blocks.dragTo("building_turn", () -> {
            BoundingBox ifBlock = secondIf.boundingBox();
            return new double[] {ifBlock.x + 42, bottom(blocks.programBlock("controls_if", "controls_if", "building_sign_points").boundingBox()) + 18};
        });
        choose(blocks.programBlock("controls_if", "controls_if", "building_sign_points"), "right");
        choose(blocks.programBlock("controls_if", "controls_if", "building_turn"), "right ↻");
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 10");
        assertThat(blocks.programBlock("controls_if", "controls_if", "building_move_forward")).isVisible(); // the step is still last
        screenshot("room-fixed");
        page.locator("#check").click();
        assertThat(page.locator("#results-summary")).hasText(ALL_PASSED);
        assertThat(page.locator("#results-cases li.passed")).hasCount(2);
        assertThat(page.locator("#results-hidden")).hasText(Pattern.compile("^(\\d+) of \\1 hidden cases passed\\.$"));
        assertThat(page.locator("#results-steps")).containsText("The example solution takes");
        screenshot("room-passed");

        // the work is still there after a reload (an anonymous student's work is kept in the browser)
        page.waitForTimeout(1_500); // longer than the workspace's pause before it sends an edit
        page.reload();
        assertThat(blocks.programBlock("controls_if", "controls_if", "building_turn")).containsText("right");
        assertThat(blocks.programBlocks()).hasCount(10);
        assertThat(page.locator("#blocks-used")).hasText("Blocks used: 10");
        assertThat(blocks.programBlock("controls_whileUntil").boundingBox().x)
                .isGreaterThanOrEqualTo(right(blocks.flyout().boundingBox()));
        screenshot("room-reloaded");
        page.locator("#check").click();
        assertThat(page.locator("#results-summary")).hasText(ALL_PASSED);

        assertThat(browser.requestsOutside(base)).isEmpty();
    }

    /** What the browser window shows now (a full-page picture draws the fixed header mid-page once the page has scrolled). */
    private void screenshot(String name) {
        try {
            Files.createDirectories(BrowserSession.SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve(name + ".png")));
    }

    private Locator stage(String css) {
        return page.locator("#stage " + css);
    }

    private Locator stageSays() {
        return stage("[aria-live=polite]");
    }

    private static double right(BoundingBox box) {
        return box.x + box.width;
    }

    private static double bottom(BoundingBox box) {
        return box.y + box.height;
    }

    /** Opens the block's dropdown and picks the option with this text. */
    private void choose(Locator block, String option) {
        block.locator(".blocklyDropdownField").first().click();
        page.locator(".blocklyDropDownDiv .blocklyMenuItem").filter(new Locator.FilterOptions().setHasText(option)).first().click();
        assertThat(page.locator(".blocklyDropDownDiv .blocklyMenuItem")).hasCount(0);
    }
}

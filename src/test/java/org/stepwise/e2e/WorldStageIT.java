package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The world stage in real Chromium, on the test-only page {@code /test/stage} (StageTestView),
 * which shows sample runs made by the real worlds. Checks what a child would see: the wheel's
 * pointer on the right day, the walker on the right square, the beads and the cross under the
 * wrong one, the cards in their new order after a swap; and saves a screenshot of each world.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorldStageIT {

    @LocalServerPort
    int port;

    private BrowserSession browser;
    private Page page;

    @BeforeEach
    void open() {
        browser = new BrowserSession(1280, 800);
        page = browser.page();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void open(String world, int step) {
        open(world, step, "ms=0");
    }

    private void open(String world, int step, String more) {
        page.navigate("http://localhost:" + port + "/test/stage?world=" + world + "&step=" + step + "&" + more);
        // long enough for a first start that still builds the frontend bundle
        assertThat(page.locator("stepwise-stage#stage")).hasAttribute("world", world,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
    }

    /** Clicks the next button and waits until the page shows that step (counted from 0). */
    private void next(String world, int step) {
        page.locator("#next").click();
        assertThat(page.locator("#where")).containsText(world + " " + (step + 1) + "/");
    }

    private Locator stage(String css) {
        return page.locator("#stage " + css);
    }

    private void screenshot(String world) {
        Path file = BrowserSession.SCREENSHOTS.resolve("stage-" + world + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        stage("svg").first().screenshot(new Locator.ScreenshotOptions().setPath(file));
    }

    private static double centreX(Locator l) {
        BoundingBox b = l.boundingBox();
        return b.x + b.width / 2;
    }

    private static double centreY(Locator l) {
        BoundingBox b = l.boundingBox();
        return b.y + b.height / 2;
    }

    /** The texts of the matching elements, left to right as drawn. */
    private static List<String> leftToRight(Locator items, String attribute) {
        return items.all().stream().sorted(Comparator.comparingDouble(WorldStageIT::centreX)).map(l -> l.getAttribute(attribute)).toList();
    }

    @Test
    void the_week_wheel_turns_the_shown_day_under_the_pointer_and_shows_the_answer() {
        open("calendar", 0);
        assertThat(stage(".segment[data-current=true]")).hasAttribute("data-day", "Tuesday");
        assertThat(stage(".segment[data-start=true]")).hasAttribute("data-day", "Tuesday");

        open("calendar", 3); // two days turned, then answered
        assertThat(stage(".segment[data-current=true]")).hasAttribute("data-day", "Thursday");
        // the label nearest the pointer (the top of the wheel) is Thursday's
        Locator labels = stage(".segment-label");
        Locator top = labels.all().stream().min(Comparator.comparingDouble(WorldStageIT::centreY)).orElseThrow();
        assertThat(top).hasText("Thu");
        assertThat(Math.abs(centreX(top) - centreX(stage(".pointer")))).isLessThan(10);
        assertThat(stage(".badge.shows .badge-value")).hasText("Thursday");
        assertThat(stage(".badge.turned")).hasAttribute("data-value", "2");
        assertThat(stage(".badge.answer")).hasAttribute("data-answer", "Thursday");
        assertThat(stage(".badge.answer .badge-value")).hasText("Thursday");
        assertThat(stage(".segment[data-start=true]")).hasAttribute("data-day", "Tuesday");
        screenshot("calendar");
    }

    @Test
    void the_walker_follows_the_signs_to_the_target_room() {
        open("building", 0);
        assertThat(stage(".door")).hasCount(2);
        assertThat(stage(".sign")).hasCount(2);
        assertThat(stage(".sign-arrow")).hasCount(4);
        assertThat(stage(".door.target")).hasAttribute("data-room", "214");
        assertThat(stage(".walker")).hasAttribute("data-facing", "east");

        for (int step = 1; step <= 6; step++) { // four squares east, turn left, one square north
            next("building", step);
        }
        assertThat(stage(".walker")).hasAttribute("data-row", "2");
        assertThat(stage(".walker")).hasAttribute("data-facing", "north");
        assertThat(stage(".moves")).hasAttribute("data-value", "5");
        assertThat(stage(".footprint")).hasCount(5);

        next("building", 7); // at the second sign, which is then highlighted
        assertThat(stage(".footprint")).hasCount(6);
        assertThat(stage(".sign[data-here=true]")).hasAttribute("data-row", "1");
        screenshot("building");

        open("building", 9);
        Locator walker = stage(".walker");
        assertThat(walker).hasAttribute("data-row", "1");
        assertThat(walker).hasAttribute("data-col", "4");
        assertThat(walker).hasAttribute("data-facing", "west");
        // drawn on that square, not just said so
        BoundingBox square = stage(".corridor[data-row='1'][data-col='4']").boundingBox();
        assertThat(centreX(walker)).isBetween(square.x, square.x + square.width);
        assertThat(centreY(walker)).isBetween(square.y, square.y + square.height);
        assertThat(stage(".door.target")).hasAttribute("data-reached", "true");
        assertThat(stage(".moves")).containsText("Steps: 7");
        screenshot("building-found");
    }

    @Test
    void the_row_of_beads_grows_under_the_pattern_and_a_wrong_bead_is_marked() {
        open("pattern", 0);
        assertThat(stage(".target-row .bead")).hasCount(8);
        assertThat(stage(".bead-row .bead")).hasCount(0);
        assertThat(stage(".empty-slot")).hasCount(8);

        open("pattern", 3); // red, blue, blue: the third should have been yellow
        assertThat(stage(".bead-row .bead")).hasCount(3);
        assertThat(stage(".empty-slot")).hasCount(5);
        assertThat(stage(".mark.mismatch")).hasCount(1);
        assertThat(stage(".bead-row .bead[data-match=false]")).hasAttribute("data-index", "2");
        assertThat(stage(".count")).containsText("3 of 8");
        // every bead carries a letter as well as a colour and shape
        assertThat(stage(".bead-row .bead[data-colour=blue] text").first()).hasText("B");

        open("pattern", 5);
        assertThat(stage(".mark.mismatch")).hasCount(2);
        screenshot("pattern");
    }

    @Test
    void swapped_cards_change_places_and_the_compared_pair_is_shown() {
        open("sorting", 0);
        next("sorting", 1); // 5 and 3 compared
        assertThat(stage(".card[data-compared=true]")).hasCount(2);
        assertThat(stage(".note.compare")).hasAttribute("data-sign", ">");
        assertThat(leftToRight(stage(".card"), "data-value")).containsExactly("5", "3", "8", "1");

        next("sorting", 2); // swapped
        assertThat(stage(".card[data-swapped=true]")).hasCount(2);
        assertThat(stage(".stat.swaps")).hasAttribute("data-value", "1");
        assertThat(leftToRight(stage(".card"), "data-value")).containsExactly("3", "5", "8", "1");
        screenshot("sorting");

        open("sorting", 7); // pointer on the third card, 8 and 1 swapped
        assertThat(leftToRight(stage(".card"), "data-value")).containsExactly("3", "5", "1", "8");
        assertThat(stage(".pointer")).hasAttribute("data-index", "2");
        Locator third = stage(".card[data-index='2']");
        assertThat(Math.abs(centreX(stage(".pointer")) - centreX(third))).isLessThan(5);
        assertThat(stage(".stat.comparisons")).hasAttribute("data-value", "3");
    }

    @Test
    void the_answer_world_shows_the_inputs_and_the_answer() {
        open("answer", 0);
        assertThat(stage(".input")).hasCount(3);
        assertThat(stage(".input[data-name=celsius]")).hasAttribute("data-value", "100");
        assertThat(stage(".input[data-name=city]")).hasAttribute("data-value", "\"Lima\"");
        assertThat(stage(".answer-box")).hasAttribute("data-answered", "false");

        open("answer", 1);
        assertThat(stage(".answer-box")).hasAttribute("data-value", "212");
        assertThat(stage(".answer-value")).hasText("212");
        screenshot("answer");
    }

    @Test
    void the_description_is_the_pictures_title_and_is_announced() {
        open("calendar", 1);
        String description = "The wheel shows Wednesday. You have turned it forward 1 day.";
        assertThat(stage("svg title").first()).hasText(description);
        assertThat(stage("[aria-live=polite]")).hasText(description);
        assertThat(stage("svg")).hasAttribute("role", "img");
    }

    @Test
    void the_picture_speaks_spanish_when_the_stage_is_given_spanish() {
        open("calendar", 3, "ms=0&lang=es");
        assertThat(stage(".badge.shows .badge-value")).hasText("Jueves");
        assertThat(stage(".segment[data-current=true] .segment-label")).hasText("Jue");
        open("building", 0, "ms=0&lang=es");
        assertThat(stage(".goal")).containsText("Busca la sala 214");
        screenshot("building-es");
    }

    @Test
    void a_step_is_animated_unless_the_reader_asks_for_reduced_motion() {
        open("sorting", 1, "ms=1500");
        page.locator("#next").click(); // the swap
        assertThat(stage(".card[data-swapped=true]")).hasCount(2);
        assertThat(runningAnimations()).isPositive();

        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        open("sorting", 1, "ms=1500");
        page.locator("#next").click();
        assertThat(stage(".card[data-swapped=true]")).hasCount(2);
        assertThat(runningAnimations()).isZero();
        assertThat(leftToRight(stage(".card"), "data-value")).containsExactly("3", "5", "8", "1");
    }

    @Test
    void with_no_animation_the_next_state_appears_at_once() {
        open("building", 0, "ms=0");
        page.locator("#next").click();
        assertThat(stage(".walker")).hasAttribute("data-col", "2");
        assertThat(runningAnimations()).isZero();
    }

    private int runningAnimations() {
        return ((Number) page.locator("#stage").evaluate("s => s.shadowRoot.getAnimations().length")).intValue();
    }
}

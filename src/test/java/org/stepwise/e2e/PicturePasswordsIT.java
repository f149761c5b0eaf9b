package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.classroom.Picture;

/**
 * The picture pad and the sign-in cards in real Chromium, on the test-only page
 * {@code /test/pictures} ({@code org.stepwise.classroom.ui.PicturesTestView}, test sources): the pictures are served to anyone and load,
 * the buttons are big enough for small fingers and work from the keyboard, and a printed page of
 * cards has no menu, two cards a row. Screenshots and a PDF land in {@code target/screenshots}.
 * It lives here with the other browser tests rather than beside the components: a web server
 * context started between the browserless tests of the classroom views would take over Spring
 * Security's global context holder (Vaadin sets it per application context) from under them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PicturePasswordsIT {

    @LocalServerPort
    int port;

    private BrowserSession browser;
    private Page page;

    @BeforeEach
    void open() {
        browser = new BrowserSession(1024, 900);
        page = browser.page();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void openTestPage(String query) {
        page.navigate(base() + "test/pictures" + query);
        // long enough for a first start that still builds the frontend bundle
        assertThat(page.locator("#picture-sun")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        page.waitForFunction("() => Array.from(document.images).every(i => i.complete)");
    }

    @Test
    void every_picture_is_served_to_a_visitor_who_has_not_signed_in() {
        for (Picture picture : Picture.values()) {
            APIResponse response = page.request().get(base() + picture.imagePath());
            assertThat(response.status()).as(picture.imagePath()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).as(picture.imagePath()).startsWith("image/svg+xml");
        }
    }

    @Test
    void a_child_picks_three_pictures_with_the_mouse_and_with_the_keyboard() {
        openTestPage("");
        List<?> broken = (List<?>) page.evaluate("() => Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.src)");
        assertThat(broken).as("pictures that did not load").isEmpty();
        for (Picture picture : Picture.values()) {
            BoundingBox box = page.locator("#picture-" + picture.id()).boundingBox();
            assertThat(box.width).as(picture.id() + " width").isGreaterThanOrEqualTo(64);
            assertThat(box.height).as(picture.id() + " height").isGreaterThanOrEqualTo(64);
        }
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Umbrella").setExact(true))).isVisible();
        browser.screenshot("picture-pad-empty");

        page.locator("#picture-sun").click();
        page.locator("#picture-tree").click();
        assertThat(page.locator("#picture-slots img")).hasCount(2);
        browser.screenshot("picture-pad-two-picked");
        page.locator("#picture-fish").click();
        assertThat(page.locator("#entered")).hasText("sun-tree-fish");

        page.locator("#picture-clear").click();
        assertThat(page.locator("#picture-slots img")).hasCount(0);
        page.locator("#picture-moon").focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab"); // to the star
        page.keyboard().press("Space");
        page.keyboard().press("Shift+Tab"); // back to the moon
        page.keyboard().press("Enter");
        assertThat(page.locator("#entered")).hasText("moon-star-moon");
    }

    @Test
    void printed_cards_come_two_a_row_without_the_menu() throws Exception {
        openTestPage("");
        Locator cards = page.locator("#cards > article");
        assertThat(cards).hasCount(14);
        browser.screenshot("sign-in-cards-screen");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator(".stepwise-navbar")).isHidden();
        assertThat(page.locator("vaadin-side-nav")).isHidden();
        assertThat(page.locator("#picture-sun")).isHidden();
        BoundingBox first = cards.nth(0).boundingBox();
        BoundingBox second = cards.nth(1).boundingBox();
        BoundingBox third = cards.nth(2).boundingBox();
        BoundingBox all = page.locator("#cards").boundingBox();
        assertThat(second.y).as("the second card beside the first").isEqualTo(first.y);
        assertThat(third.y).as("the third card below the first").isGreaterThanOrEqualTo(first.y + first.height - 1);
        assertThat(first.width).as("a card is half the page wide").isCloseTo(all.width / 2, org.assertj.core.data.Offset.offset(2.0));
        browser.screenshot("sign-in-cards-print");

        Path pdf = BrowserSession.SCREENSHOTS.resolve("sign-in-cards.pdf");
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4"));
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void the_cards_and_the_pad_speak_spanish() {
        openTestPage("?lang=es");

        assertThat(page.locator("#picture-clear")).hasText("Empezar de nuevo");
        assertThat(page.locator("#cards > article").first()).containsText("Código de la clase");
        browser.screenshot("sign-in-cards-es");
    }
}

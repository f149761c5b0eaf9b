package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A class in real headless Chromium: a teacher signs up, makes a class, pastes three names and
 * reads the new sign-in cards; a student on another browser types the class code, picks her name
 * and her three pictures from her card, and lands on her lessons. Screenshots go to
 * {@code target/screenshots/class-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassroomJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private BrowserSession teacherBrowser;
    private String base;

    @BeforeEach
    void open() {
        jdbc.sql("delete from account").update();
        base = "http://localhost:" + port + "/";
        teacherBrowser = new BrowserSession(1280, 900);
    }

    @AfterEach
    void close() {
        teacherBrowser.close();
    }

    @Test
    void a_teacher_makes_a_class_and_a_student_signs_in_with_the_class_code_and_her_pictures() {
        Page teacher = teacherBrowser.page();
        teacher.navigate(base + "signup");
        teacher.locator("#display-name input").fill("Ms Rivera");
        teacher.locator("#username input").fill("rivera");
        teacher.locator("#password input").fill("correct horse battery");
        teacher.locator("#password-again input").fill("correct horse battery");
        teacher.locator("#create-account").click();
        teacher.locator("vaadin-login-form input[name='username']").fill("rivera");
        teacher.locator("vaadin-login-form input[name='password']").fill("correct horse battery");
        teacher.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(teacher.locator("#signed-in-as")).hasText("Signed in as Ms Rivera");

        teacher.navigate(base + "teacher");
        assertThat(teacher.locator("#no-classes")).isVisible();
        teacher.locator("#class-name input").fill("4B");
        teacher.locator("#class-grade input").fill("Year 4");
        teacherBrowser.screenshot("class-new");
        teacher.locator("#create-class").click();

        assertThat(teacher.locator("#class-heading")).hasText("4B");
        String code = teacher.locator("#join-code").textContent();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}");
        teacher.locator("#roster-names textarea").fill("Ana\nBen\nCai");
        teacher.locator("#roster-add").click();
        assertThat(teacher.locator("#roster .stepwise-roster-row")).hasCount(3);
        Locator cards = teacher.locator(".stepwise-signin-card");
        assertThat(cards).hasCount(3);
        Locator anasCard = cards.filter(new Locator.FilterOptions().setHasText("Ana"));
        assertThat(anasCard).containsText(code);
        List<String> anasPictures = new ArrayList<>();
        for (Locator item : anasCard.locator(".stepwise-signin-pictures li").all()) {
            String pictureClass = item.getAttribute("class").replaceAll(".*\\bpicture-([a-z]+)\\b.*", "$1");
            anasPictures.add(pictureClass);
        }
        assertThat(anasPictures).hasSize(3);
        teacherBrowser.screenshot("class-cards");

        // Ana, on a computer of her own, with the code as she types it
        try (BrowserSession studentBrowser = new BrowserSession(1280, 900)) {
            Page student = studentBrowser.page();
            student.navigate(base + "join");
            student.locator("#join-code input").fill(code.toLowerCase().replace("-", ""));
            studentBrowser.screenshot("class-join-code");
            student.locator("#join-next").click();
            assertThat(student.locator("#join-names vaadin-button")).hasCount(3);
            studentBrowser.screenshot("class-join-name");
            student.locator("#join-names vaadin-button", new Page.LocatorOptions().setHasText("Ana")).click();

            // a wrong try first: the pictures are cleared and she is told
            String wrong = anasPictures.getFirst().equals("sun") ? "moon" : "sun";
            for (int i = 0; i < 3; i++) {
                student.locator("#picture-" + wrong).click();
            }
            assertThat(student.locator("#join-message")).hasText("Those are not your pictures. Look at your card and try again.");
            for (String picture : anasPictures) {
                student.locator("#picture-" + picture).click();
            }
            assertThat(student).hasURL(Pattern.compile(".*/my-lessons$"));
            assertThat(student.locator("#signed-in-as")).hasText("Signed in as Ana");
            studentBrowser.screenshot("class-student-home");
        }
    }
}

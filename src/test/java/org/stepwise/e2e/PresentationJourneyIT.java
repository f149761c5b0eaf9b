package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonId;

/**
 * Projector mode in real headless Chromium, at 1920×1080: the teacher presents "Find the room" to
 * class 4B from the presenter window while a second browser shows the big screen; three students
 * (Ana, Ben, Cai) each have a browser of their own. The teacher moves through the sections with
 * the keyboard on either window, blanks the screen, lets the students' pages follow, steps the
 * reference solution on the big screen, asks what happens next, the three students answer on their
 * own screens, the tally appears on the big screen; a student's solve reaches the class panel by
 * server push. Screenshots: {@code target/screenshots/present-*.png}.
 *
 * <p>The class, its students and their secret words are made through the services
 * ({@link ClassFixture}); everything after that happens in the browsers, except Ben's solve, which
 * is a check made through the exercise service signed in as Ben (its effect on the open windows is
 * what is tested here; solving in the browser is ClassroomJourneyIT's subject).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PresentationJourneyIT {

    static final ExerciseKey CORNER = new ExerciseKey("find-the-room", "turn-the-corner");

    @LocalServerPort
    int port;
    @Autowired
    ClassFixture fixture;
    @Autowired
    Assignments assignments;
    @Autowired
    LessonCatalog catalog;

    private String base;
    private BrowserSession presenterBrowser;
    private BrowserSession screenBrowser;

    @BeforeEach
    void aClass() {
        fixture.setUp(false);
        assignments.assign(fixture.fourB.id(), new LessonId("find-the-room"), null, null);
        SecurityContextHolder.clearContext();
        base = "http://localhost:" + port + "/";
        presenterBrowser = new BrowserSession(1920, 1080);
        screenBrowser = new BrowserSession(1920, 1080);
    }

    @AfterEach
    void close() {
        presenterBrowser.close();
        screenBrowser.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_presents_find_the_room_to_a_class_with_a_big_screen_and_three_students() throws Exception {
        Page presenter = presenterBrowser.page();
        signInTeacher(presenter);
        presenter.navigate(base + "lessons/find-the-room");
        presenter.locator("#present-lesson-link").click();
        assertThat(presenter.locator("#present-lesson")).containsText("Find the room");
        assertThat(presenter.locator("#present-class")).containsText("4B");
        presenter.locator("#present-start").click();
        assertThat(presenter).hasURL(Pattern.compile(".*/present/[0-9a-f-]{36}$"));
        String screenUrl = presenter.locator("#present-open-screen").getAttribute("href");
        assertThat(presenter.locator("#present-where")).hasText("Section 1 of 8");

        Page screen = screenBrowser.page();
        signInTeacher(screen);
        screen.navigate(base + screenUrl);
        assertThat(screen.locator("#slide-problem")).isVisible();
        assertReadableFromTheBackRow(screen);
        screenBrowser.screenshot("present-audience-problem");

        try (BrowserSession anaBrowser = new BrowserSession(1280, 800);
                BrowserSession benBrowser = new BrowserSession(1280, 800);
                BrowserSession caiBrowser = new BrowserSession(1280, 800)) {
            Page ana = signInStudent(anaBrowser.page(), fixture.ana, "Ana");
            Page ben = signInStudent(benBrowser.page(), fixture.ben, "Ben");
            Page cai = signInStudent(caiBrowser.page(), fixture.cai, "Cai");
            for (Page student : List.of(ana, ben, cai)) {
                assertThat(student.locator("#strip-presenting")).hasText("Your teacher is presenting Find the room.");
            }
            ana.locator("#strip-open-lesson").click();
            assertThat(ana).hasURL(base + "lessons/find-the-room");

            // sections from the keyboard, on the presenter's window and on the big screen's
            presenter.locator("#present-follow").click();
            presenter.keyboard().press("ArrowRight");
            assertThat(screen.locator("#slide-decompose")).isVisible();
            assertThat(ana.locator("#section-decompose")).hasClass(Pattern.compile(".*stepwise-followed.*"));
            presenter.keyboard().press("PageDown");
            assertThat(screen.locator("#slide-pattern")).isVisible();
            screen.keyboard().press("ArrowLeft"); // the clicker plugged into the projector's computer
            assertThat(presenter.locator("#present-where")).hasText("Section 2 of 8");
            assertThat(screen.locator("#slide-decompose")).isVisible();
            presenter.locator("#present-title").click(); // Space on the "follow" checkbox would untick it
            presenter.keyboard().press(" ");
            assertThat(screen.locator("#slide-pattern")).isVisible();
            assertThat(ana.locator("#section-pattern")).hasClass(Pattern.compile(".*stepwise-followed.*"));
            presenter.keyboard().press("End");
            assertThat(screen.locator("#slide-unplugged")).isVisible();
            presenter.keyboard().press("Home");
            assertThat(screen.locator("#slide-problem")).isVisible();
            presenter.keyboard().press("b");
            assertThat(screen.locator("#audience-blank")).isVisible();
            screenBrowser.screenshot("present-audience-blank");
            presenter.keyboard().press("b");
            assertThat(screen.locator("#audience-blank")).isHidden();
            screen.keyboard().press("f");
            screen.waitForFunction("() => document.fullscreenElement !== null");
            screen.keyboard().press("f");
            screen.waitForFunction("() => document.fullscreenElement === null");
            assertThat(presenter.locator("#present-clock")).hasText(Pattern.compile("\\d+:\\d\\d"));
            presenterBrowser.screenshot("present-presenter-sections");

            // the reference solution of "No signs: turn the corner", stepped on the big screen
            choose(presenter, "#present-exercise", "No signs: turn the corner");
            assertThat(presenter.locator("#present-whose")).containsText("The reference solution");
            presenter.locator("#present-show-program").click();
            assertThat(screen.locator("#program-screen")).isVisible();
            assertThat(screen.locator("#program-caption")).containsText("The reference solution");
            assertThat(screen.locator("#program-workspace .blocklyBlockCanvas .controls_whileUntil")).isVisible();
            presenter.locator("#present-title").click();
            presenter.keyboard().press("ArrowRight");
            presenter.keyboard().press("ArrowRight");
            assertThat(screen.locator("#position")).hasText(Pattern.compile("Step 2 of \\d+"));
            assertThat(screen.locator("#program-workspace .blocklyHighlighted")).hasCount(1);
            screen.keyboard().press("ArrowLeft");
            assertThat(presenter.locator("#position")).hasText(Pattern.compile("Step 1 of \\d+"));
            presenter.locator("#step").click();
            assertThat(screen.locator("#position")).hasText(Pattern.compile("Step 2 of \\d+"));
            screenBrowser.screenshot("present-audience-program");

            // "what does it do next?": three students answer on their own screens, then the tally;
            // Cai reads his page in Spanish, and so the question and its choices
            cai.locator("#language").click();
            cai.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Español")).click();
            assertThat(cai.locator("#strip-presenting")).hasText("Tu profe está presentando Encuentra la sala.");
            presenter.locator("#present-ask").click();
            assertThat(screen.locator("#question-heading")).hasText("What does the program do next?");
            String note = presenter.locator("#present-question-note").textContent();
            int right = note.charAt(note.length() - 2) - 'A'; // "… the right answer is B."
            int choices = screen.locator("#question-choices li").count();
            assertThat(choices).isBetween(2, 4);
            int wrong = (right + 1) % choices;
            for (Page student : List.of(ana, ben, cai)) {
                assertThat(student.locator("#strip-question")).isVisible();
                assertThat(student.locator("#strip-question vaadin-button")).hasCount(choices);
            }
            anaBrowser.screenshot("present-student-question");
            assertThat(cai.locator("#strip-question")).containsText("¿Qué hace ahora el programa de la pantalla grande?");
            List<String> anasChoices = ana.locator("#strip-question vaadin-button").allTextContents();
            List<String> caisChoices = cai.locator("#strip-question vaadin-button").allTextContents();
            assertThat(caisChoices).hasSameSizeAs(anasChoices).isNotEqualTo(anasChoices);
            caiBrowser.screenshot("present-student-question-es");
            ana.locator("#strip-choice-" + right).click();
            ben.locator("#strip-choice-" + right).click();
            ben.locator("#strip-choice-" + wrong).click(); // Ben changes his mind
            cai.locator("#strip-choice-" + wrong).click();
            assertThat(ben.locator("#strip-status")).hasText("Your answer: " + (char) ('A' + wrong)
                    + ". You can change it until your teacher shows the answers.");
            assertThat(screen.locator("#question-status")).hasText("3 answered");
            assertThat(presenter.locator("#question-status")).hasText("3 answered");
            assertThat(screen.locator("#votes-0")).isHidden(); // no counts before the reveal
            presenter.locator("#present-reveal").click();
            assertThat(screen.locator("#votes-" + right)).hasText("1");
            assertThat(screen.locator("#votes-" + wrong)).hasText("2");
            assertThat(screen.locator("#choice-" + right)).containsText("the right answer");
            screenBrowser.screenshot("present-audience-tally");
            assertThat(ana.locator("#strip-status")).containsText("You were right!");
            assertThat(cai.locator("#strip-status")).containsText("Dijiste " + (char) ('A' + wrong));
            caiBrowser.screenshot("present-student-revealed");
            presenter.keyboard().press("ArrowRight"); // steps on: the question closes
            assertThat(screen.locator("#position")).hasText(Pattern.compile("Step 3 of \\d+"));
            assertThat(screen.locator("#question")).isHidden();
            assertThat(ana.locator("#strip-question")).isHidden();

            // "what will the world look like?": pictures on the big screen and on the students' screens
            for (int i = 0; i < 10 && !presenter.locator("#present-ask-world").isVisible(); i++) {
                String before = screen.locator("#position").textContent();
                presenter.keyboard().press("ArrowRight");
                assertThat(screen.locator("#position")).not().hasText(before);
            }
            presenter.locator("#present-ask-world").click();
            assertThat(screen.locator("#question-heading")).hasText("What will the world look like after the next step?");
            int pictures = screen.locator("#question-choices stepwise-stage").count();
            assertThat(pictures).isBetween(2, 4);
            assertThat(ana.locator("#strip-question stepwise-stage")).hasCount(pictures);
            String worldNote = presenter.locator("#present-question-note").textContent();
            int rightPicture = worldNote.charAt(worldNote.length() - 2) - 'A';
            ana.locator("#strip-choice-" + rightPicture).click();
            assertThat(screen.locator("#question-status")).hasText("1 answered");
            anaBrowser.screenshot("present-student-world-question");
            presenter.locator("#present-reveal").click();
            assertThat(screen.locator("#votes-" + rightPicture)).hasText("1");
            assertThat(ana.locator("#strip-status")).containsText("You were right!");
            screenBrowser.screenshot("present-audience-world-question");
            presenter.keyboard().press("ArrowRight");
            assertThat(screen.locator("#question")).isHidden();

            // the class panel, on the big screen too: the code, who joined, a solve arriving by push
            presenter.locator("#present-show-class").click();
            assertThat(screen.locator("#live-join-code")).containsText(fixture.fourB.joinCode().value().substring(0, 3));
            assertThat(screen.locator("#live-joined")).hasText("3 of 3 students joined");
            Locator corner = screen.locator("#live-exercise-find-the-room-turn-the-corner");
            assertThat(corner).containsText("0 solved");
            String solution = catalog.lesson(new LessonId("find-the-room")).orElseThrow().exercise(CORNER.exerciseId()).orElseThrow()
                    .grading().solution();
            fixture.as(fixture.fourB, fixture.ben, () -> {
                fixture.save(CORNER, solution);
                assertThat(fixture.check(CORNER, solution, 0).passed()).isTrue();
            });
            SecurityContextHolder.clearContext();
            assertThat(corner).containsText("1 solved");
            assertThat(presenter.locator("#live-exercise-find-the-room-turn-the-corner")).containsText("1 solved");
            assertThat(screen.locator("#audience-class")).not().containsText("Ben");
            screenBrowser.screenshot("present-audience-class");
            presenterBrowser.screenshot("present-presenter-program");

            // Ben's program on the big screen: anonymous until the teacher turns names on
            choose(presenter, "#present-whose", "Ben");
            presenter.locator("#present-show-program").click();
            assertThat(screen.locator("#program-caption")).containsText("A student's program");
            assertThat(screen.locator("#audience-main")).not().containsText("Ben");
            presenter.locator("#present-title").click();
            presenter.keyboard().press("ArrowRight");
            assertThat(screen.locator("#position")).hasText(Pattern.compile("Step 1 of \\d+"));
            presenter.locator("#present-show-names").click();
            assertThat(screen.locator("#program-caption")).containsText("Ben's program");
            assertThat(screen.locator("#audience-class")).containsText("Ben");
        }
    }

    /** Picks an item of a Vaadin select by its text. */
    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).click();
        assertThat(page.locator(select)).containsText(item);
    }

    private void signInTeacher(Page page) {
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name='username']").fill("rivera");
        page.locator("vaadin-login-form input[name='password']").fill("correct horse battery");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("#signed-in-as")).hasText("Signed in as Ms Rivera");
    }

    private Page signInStudent(Page page, StudentSecret student, String name) {
        page.navigate(base + "join");
        page.locator("#join-code input").fill(fixture.fourB.joinCode().value());
        page.locator("#join-next").click();
        page.locator("#join-names vaadin-button", new Page.LocatorOptions().setHasText(name)).click();
        page.locator("#join-word input").fill(student.secret());
        page.locator("#join-sign-in").click();
        assertThat(page).hasURL(Pattern.compile(".*/my-lessons$"));
        return page;
    }

    /** Body text at least 32 px, headings larger, and text against its background at least 7:1 (WCAG AAA). */
    private static void assertReadableFromTheBackRow(Page screen) {
        Locator prose = screen.locator("#audience-content .stepwise-prose p").first();
        double body = Double.parseDouble(((String) prose.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
        Locator heading = screen.locator("#audience-content h1").first();
        double headingSize = Double.parseDouble(((String) heading.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
        assertThat(body).as("body text in px").isGreaterThanOrEqualTo(32);
        assertThat(headingSize).as("heading in px").isGreaterThan(body);
        for (Locator text : List.of(prose, heading, screen.locator("#audience-where"))) {
            String color = (String) text.evaluate("e => getComputedStyle(e).color");
            String background = (String) screen.locator(".stepwise-audience").evaluate("e => getComputedStyle(e).backgroundColor");
            assertThat(Contrast.ratio(color, background)).as("contrast of %s on %s", color, background).isGreaterThanOrEqualTo(7.0);
        }
    }
}

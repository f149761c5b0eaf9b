package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.live.AppInstances;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonId;

/**
 * Projector mode over two app instances on one machine that share one PostgreSQL server (as a
 * school with two servers behind a load balancer would run it): the presenter's window is served by
 * the first instance, the big screen and a student by the second. Moving on in either window shows
 * in the other, the student's lesson page follows, and the student's solve on the second instance
 * reaches the class panel of the presenter on the first — all over PostgreSQL's LISTEN/NOTIFY,
 * without a reload.
 */
class PresentationTwoInstancesIT {

    private static AppInstances instances;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() {
        instances = AppInstances.start(2);
        second = instances.get(1);
    }

    @AfterAll
    static void stop() {
        SecurityContextHolder.clearContext();
        instances.close();
    }

    @Test
    void the_presenter_on_one_instance_and_the_big_screen_and_a_student_on_the_other_stay_in_step() {
        // set-up through the services of the instance started last (see AppInstances)
        ClassFixture fixture = second.getBean(ClassFixture.class);
        fixture.setUp(false);
        second.getBean(Assignments.class).assign(fixture.fourB.id(), new LessonId("find-the-room"), null, null);
        SecurityContextHolder.clearContext();
        String one = instances.baseUrl(0);
        String two = instances.baseUrl(1);
        assertThat(one).isNotEqualTo(two);

        try (BrowserSession presenterBrowser = new BrowserSession(1600, 1000);
                BrowserSession screenBrowser = new BrowserSession(1920, 1080);
                BrowserSession anaBrowser = new BrowserSession(1280, 800)) {
            Page presenter = presenterBrowser.page();
            signInTeacher(presenter, one);
            presenter.navigate(one + "present?lesson=find-the-room");
            presenter.locator("#present-start").click();
            assertThat(presenter).hasURL(Pattern.compile(".*/present/[0-9a-f-]{36}$"));
            String screenPath = presenter.locator("#present-open-screen").getAttribute("href");

            Page screen = screenBrowser.page();
            signInTeacher(screen, two);
            screen.navigate(two + screenPath);
            assertThat(screen.locator("#slide-problem")).isVisible();

            Page ana = anaBrowser.page();
            ana.navigate(two + "join");
            ana.locator("#join-code input").fill(fixture.fourB.joinCode().value());
            ana.locator("#join-next").click();
            ana.locator("#join-names vaadin-button", new Page.LocatorOptions().setHasText("Ana")).click();
            ana.locator("#join-word input").fill(fixture.ana.secret());
            ana.locator("#join-sign-in").click();
            assertThat(ana.locator("#strip-presenting")).hasText("Your teacher is presenting Find the room.");
            ana.locator("#strip-open-lesson").click();

            presenter.locator("#present-follow").click();
            presenter.locator("#present-title").click();
            presenter.keyboard().press("ArrowRight"); // instance one → the screen and Ana on instance two
            assertThat(screen.locator("#slide-decompose")).isVisible();
            assertThat(ana.locator("#section-decompose")).hasClass(Pattern.compile(".*stepwise-followed.*"));
            screen.keyboard().press("PageDown"); // instance two → the presenter on instance one
            assertThat(presenter.locator("#present-where")).hasText("Section 3 of 8");
            assertThat(ana.locator("#section-pattern")).hasClass(Pattern.compile(".*stepwise-followed.*"));

            // Ana solves "turn the corner" on instance two; the presenter's class panel on instance one sees it
            assertThat(presenter.locator("#live-exercise-find-the-room-turn-the-corner")).containsText("0 solved");
            ClassFixture onTwo = fixture;
            ExerciseKey corner = new ExerciseKey("find-the-room", "turn-the-corner");
            String solution = second.getBean(LessonCatalog.class).lesson(new LessonId("find-the-room")).orElseThrow()
                    .exercise(corner.exerciseId()).orElseThrow().grading().solution();
            onTwo.as(fixture.fourB, fixture.ana, () -> assertThat(onTwo.check(corner, solution, 0).passed()).isTrue());
            SecurityContextHolder.clearContext();
            assertThat(presenter.locator("#live-exercise-find-the-room-turn-the-corner")).containsText("1 solved");
            presenterBrowser.screenshot("present-two-instances-presenter");
        }
    }

    private static void signInTeacher(Page page, String base) {
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name='username']").fill("rivera");
        page.locator("vaadin-login-form input[name='password']").fill("correct horse battery");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("#signed-in-as")).hasText("Signed in as Ms Rivera");
    }
}

package org.stepwise.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A class set up in the browser, as a teacher does it, against a server in another process: the
 * teacher signs up (the first account: admin and teacher), makes a class whose students sign in
 * with a secret word, pastes the names, reads each student's word from the printed cards and
 * assigns a lesson. Students then sign in at {@code /join} with the code, their name and their word.
 */
final class ClassThroughBrowser {

    static final String TEACHER = "bench-teacher";
    static final String TEACHER_NAME = "Ms Bench";
    static final String PASSWORD = "correct horse battery";

    /** A student on the roster and the secret word on their card. */
    record Student(String name, String word) {
    }

    /** The class as its cards print it. */
    record Roster(String joinCode, List<Student> students) {
    }

    private ClassThroughBrowser() {
    }

    static void signUpTeacher(Page page, String base) {
        page.navigate(base + "signup");
        page.locator("#display-name input").fill(TEACHER_NAME);
        page.locator("#username input").fill(TEACHER);
        page.locator("#password input").fill(PASSWORD);
        page.locator("#password-again input").fill(PASSWORD);
        page.locator("#create-account").click();
        page.locator("vaadin-login-form input[name='username']").waitFor();
    }

    static void signInTeacher(Page page, String base) {
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name='username']").fill(TEACHER);
        page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("#signed-in-as")).hasText("Signed in as " + TEACHER_NAME);
    }

    /** On the teacher's page: a new class with secret words, {@code size} students, the lesson assigned (by its English title). */
    static Roster makeClass(Page page, String base, int size, String lessonTitle, String lessonId) {
        page.navigate(base + "teacher");
        page.locator("#class-name input").fill("Bench 6A");
        page.locator("#class-grade input").fill("Year 6");
        page.locator("#class-sign-in vaadin-radio-button", new Page.LocatorOptions().setHasText("secret word")).click();
        page.locator("#create-class").click();
        assertThat(page.locator("#class-heading")).hasText("Bench 6A");
        String code = page.locator("#join-code").textContent().strip();

        List<String> names = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            names.add(name(i));
        }
        page.locator("#roster-names textarea").fill(String.join("\n", names));
        page.locator("#roster-add").click();
        Locator cards = page.locator(".stepwise-signin-card");
        assertThat(cards).hasCount(size);
        List<Student> students = new ArrayList<>();
        for (Locator card : cards.all()) {
            students.add(new Student(card.locator(".stepwise-signin-student").textContent().strip(),
                    card.locator(".stepwise-signin-word").textContent().strip()));
        }
        students.sort((a, b) -> a.name().compareTo(b.name()));

        page.locator("#assign-lesson input").focus();
        page.keyboard().type(lessonTitle);
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(lessonTitle))).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#assign-lesson input")).hasValue(lessonTitle);
        page.locator("#assign-submit").click();
        assertThat(page.locator("#assignment-" + lessonId)).isVisible();
        return new Roster(code, students);
    }

    /** Student {@code i} (from 1): "Pupil 01" and so on, so that no name is the start of another. */
    static String name(int i) {
        return String.format(Locale.ROOT, "Pupil %02d", i);
    }

    /** Signs a student in at {@code /join}: the class code, their name, their word; ends on "My lessons". */
    static void join(Page page, String base, Roster roster, Student student) {
        page.navigate(base + "join");
        page.locator("#join-code input").fill(roster.joinCode());
        page.locator("#join-next").click();
        page.locator("#join-names vaadin-button", new Page.LocatorOptions().setHasText(student.name())).click();
        page.locator("#join-word input").fill(student.word());
        page.locator("#join-sign-in").click();
        assertThat(page).hasURL(Pattern.compile(".*/my-lessons$"));
    }
}

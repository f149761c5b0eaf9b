package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/**
 * In real headless Chromium, with the keyboard only: a teacher finds a lesson by typing, picks one
 * of its exercises, types a due date and assigns it; then changes the date and takes it off again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentsPanelIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Classrooms classrooms;
    @Autowired
    Assignments assignments;

    private BrowserSession browser;
    private String base;
    private SchoolClass fourB;

    @BeforeEach
    void open() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        UserDetails rivera = userDetails.loadUserByUsername("rivera");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(rivera, null, rivera.getAuthorities()));
        fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        base = "http://localhost:" + port + "/";
        browser = new BrowserSession(1280, 900);
    }

    @AfterEach
    void close() {
        browser.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_assigns_changes_and_removes_with_the_keyboard() {
        Page page = browser.page();
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name='username']").fill("rivera");
        page.locator("vaadin-login-form input[name='password']").fill("correct horse battery");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("#signed-in-as")).isVisible();
        page.navigate(base + "test/assignments/" + fourB.id());
        assertThat(page.locator("#no-assignments")).isVisible();

        page.locator("#assign-lesson input").focus();
        page.keyboard().type("room");
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Find the room"))).isVisible();
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Tokyo"))).isHidden();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#assign-lesson input")).hasValue("Find the room");
        assertThat(page.locator("#assign-exercise")).not().hasAttribute("disabled", ""); // enabled once the lesson is known
        page.keyboard().press("Tab");
        assertThat(page.locator("#assign-exercise")).hasAttribute("focused", "");
        page.keyboard().press("ArrowDown"); // opens the list on "The whole lesson"
        assertThat(page.locator("#assign-exercise")).hasAttribute("opened", "");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("The whole lesson");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Exercise 1: Follow the signs");
        page.keyboard().press("Enter");
        assertThat(page.locator("#assign-exercise")).not().hasAttribute("opened", "");
        assertThat(page.locator("#assign-exercise vaadin-select-value-button")).hasText("Exercise 1: Follow the signs");
        LocalDate due = LocalDate.now().plusDays(10);
        // on to the date (focus moved by script: in a full test run, Tab after a choice in the select or
        // in the calendar did not reliably land on the next field in headless Chromium; docs/classrooms.md)
        page.locator("#assign-due input").focus();
        String typed = due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK));
        assertThat(page.locator("#assign-due input")).isFocused();
        page.keyboard().type(typed);
        assertThat(page.locator("#assign-due input")).hasValue(typed);
        assertThat(page.locator("#assign-due")).hasAttribute("opened", ""); // typing opens the calendar
        page.keyboard().press("Enter");
        assertThat(page.locator("#assign-due")).not().hasAttribute("opened", ""); // the calendar has closed
        browser.screenshot("assignments-form");
        // to the button by script as well (see the note above), then the keyboard presses it
        page.locator("#assign-submit").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#assignment-find-the-room-follow-the-signs")).containsText("Follow the signs");
        assertThat(page.locator("#assignments-status")).hasText("Assigned: Find the room – Exercise 1: Follow the signs");
        List<Assignment> made = assignments.forClass(fourB.id());
        assertThat(made).singleElement().extracting(Assignment::dueOn).isEqualTo(due);
        browser.screenshot("assignments-list");

        page.locator("#assignment-find-the-room-follow-the-signs-change").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#assignment-find-the-room-follow-the-signs-new-due")).isVisible();
        // "Change" puts the focus into the date field (a server round trip): type once it is there
        assertThat(page.locator("#assignment-find-the-room-follow-the-signs-new-due input")).isFocused();
        page.keyboard().press("Control+A");
        String later = due.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK));
        page.keyboard().type(later);
        assertThat(page.locator("#assignment-find-the-room-follow-the-signs-new-due input")).hasValue(later);
        assertThat(page.locator("#assignment-find-the-room-follow-the-signs-new-due")).hasAttribute("opened", "");
        page.keyboard().press("Enter");
        assertThat(page.locator("#assignment-find-the-room-follow-the-signs-new-due")).not().hasAttribute("opened", "");
        browser.screenshot("assignments-change-due");
        page.locator("#assignment-find-the-room-follow-the-signs-save").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#assignment-find-the-room-follow-the-signs-change")).isFocused();
        assertThat(assignments.forClass(fourB.id())).singleElement().extracting(Assignment::dueOn).isEqualTo(due.plusDays(1));

        page.keyboard().press("Tab");
        page.keyboard().press("Enter"); // Remove
        assertThat(page.locator("#no-assignments")).isVisible();
        assertThat(page.locator("#assign-lesson")).hasAttribute("focused", "");
        assertThat(assignments.forClass(fourB.id())).isEmpty();
    }
}

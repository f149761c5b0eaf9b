package org.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.ClassJoin;
import org.stepwise.classroom.JoinCode;
import org.stepwise.classroom.JoinOutcome;
import org.stepwise.exercise.CheckEffort;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.grading.Grade;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.security.AccountId;

/**
 * A class in real headless Chromium: a teacher signs up, makes a class, pastes three names, reads
 * the new sign-in cards and assigns "100 days from Tuesday"; a student on another browser types
 * the class code, picks her name and her three pictures from her card (a wrong try first), finds
 * the lesson in "My lessons", opens the exercise, builds the day-by-day program and checks it:
 * every case passes. The teacher's class page then shows her exercise solved, and the cases
 * the class fails most show a case another student's attempt failed.
 *
 * <p>Ana builds her program by dragging blocks; Ben's wrong attempt (answering at once, without
 * counting) is made through the exercise service, signed in as Ben, to have a second student's
 * failing cases on the teacher's page. Screenshots go to {@code target/screenshots/class-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassroomJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClassJoin join;
    @Autowired
    ExerciseChecks checks;
    @Autowired
    LessonCatalog catalog;

    private static final ExerciseKey COUNTING = new ExerciseKey("100-days-from-tuesday", "count-day-by-day");
    /** Answers with the start day straight away, without counting: right only when there is nothing to count. */
    private static final String ANSWER_AT_ONCE = """
            {"blocks":{"languageVersion":0,"blocks":[{"type":"calendar_answer","id":"answer","x":20,"y":20}]}}""";

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
    void a_teacher_makes_a_class_and_assigns_a_lesson_a_student_signs_in_with_her_pictures_and_solves_it_and_the_teacher_sees_it() {
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
        List<String> bensPictures = picturesOn(cards.filter(new Locator.FilterOptions().setHasText("Ben")));
        teacherBrowser.screenshot("class-cards");

        // the teacher assigns the lesson, with the keyboard, in the class page's assignments
        teacher.locator("#assign-lesson input").focus();
        teacher.keyboard().type("100 days");
        assertThat(teacher.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("100 days from Tuesday"))).isVisible();
        teacher.keyboard().press("ArrowDown");
        teacher.keyboard().press("Enter");
        assertThat(teacher.locator("#assign-lesson input")).hasValue("100 days from Tuesday");
        teacher.locator("#assign-submit").click();
        assertThat(teacher.locator("#assignment-100-days-from-tuesday")).isVisible();
        teacherBrowser.screenshot("class-assigned");

        // what Ana built earlier, and a wrong attempt of Ben's (see the class comment)
        JoinCode joinCode = JoinCode.parse(code).orElseThrow();
        AccountId ana = studentId("Ana");
        AccountId ben = studentId("Ben");
        asStudent(joinCode, ben, String.join("-", bensPictures), () -> {
            LessonExercise exercise = lesson().exercise(COUNTING.exerciseId()).orElseThrow();
            Grade grade = checks.check(COUNTING, lesson().version(), exercise.grading(), ANSWER_AT_ONCE, new CheckEffort(1, Instant.now()));
            assertThat(grade.passed()).isFalse();
        });

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
            assertThat(student.locator("#picture-sun")).isVisible();
            studentBrowser.screenshot("class-join-pictures");

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
            assertThat(student.getByText("100 days from Tuesday").first()).isVisible();
            studentBrowser.screenshot("class-student-home");

            student.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("100 days from Tuesday")).first().click();
            student.locator("#exercise-count-day-by-day").click();
            assertThat(student).hasURL(base + "lessons/100-days-from-tuesday/count-day-by-day");

            // she builds it: repeat (number of days to count) times { next day }, then answer
            WorkspaceDriver blocks = new WorkspaceDriver(student);
            blocks.dragTo("controls_repeat_ext", () -> {
                BoundingBox flyout = blocks.flyout().boundingBox();
                return new double[] {flyout.x + flyout.width + 80, flyout.y + 40};
            });
            blocks.dragTo("calendar_number_of_days", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_repeat_ext"), 60, 17));
            blocks.dragTo("calendar_next_day", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_repeat_ext"), 35, 45));
            blocks.dragTo("calendar_answer", () -> WorkspaceDriver.relativeTo(blocks.programBlock("controls_repeat_ext"), 14, 20, true));
            assertThat(student.locator("#blocks-used")).hasText("Blocks used: 4");
            assertThat(student.locator("#save-status")).hasText("All changes saved.");
            studentBrowser.screenshot("class-student-built");
            student.locator("#check").click();
            assertThat(student.locator("#results-summary")).hasText(Pattern.compile("^(\\d+) of \\1 cases passed\\.$"));
            studentBrowser.screenshot("class-student-solved");
        }

        // the teacher's class page, open all along, shows it without a reload (server push): Ana solved it
        Locator anasCell = teacher.locator("#progress-cell-" + ana + "-100-days-from-tuesday-count-day-by-day");
        assertThat(anasCell).containsText("solved");
        assertThat(teacher.locator("#progress-cell-" + ben + "-100-days-from-tuesday-count-day-by-day")).not().containsText("solved");
        Locator failing = teacher.locator("#failing-100-days-from-tuesday-count-day-by-day");
        assertThat(failing).containsText("1 of 2");
        teacher.locator("#progress-grid").scrollIntoViewIfNeeded();
        teacherBrowser.screenshot("class-progress");
        teacher.locator("#failing-cases").scrollIntoViewIfNeeded();
        teacherBrowser.screenshot("class-failing-cases");

        // the class's data as a spreadsheet: Ana's check is in it, no secret is
        Download csv = teacher.waitForDownload(() -> teacher.locator("#export-csv").click());
        assertThat(csv.suggestedFilename()).isEqualTo("4B-stepwise.csv");
        String exported = readAll(csv);
        assertThat(exported).startsWith("\uFEFFstudent,lesson,exercise,at,passed").contains("Ana,100-days-from-tuesday,count-day-by-day");
        assertThat(exported).doesNotContain(code).doesNotContain(String.join("-", anasPictures));

        // Ana's program, read-only, stepped through by her teacher
        anasCell.locator("a").click();
        assertThat(teacher.locator("#program-heading")).containsText("Ana");
        assertThat(teacher.locator("#workspace svg.blocklySvg .blocklyBlockCanvas .controls_repeat_ext")).isVisible();
        teacher.locator("#step").click();
        teacher.locator("#step").click();
        assertThat(teacher.locator("#position")).hasText(Pattern.compile("Step 2 of \\d+"));
        assertThat(teacher.locator("#workspace .blocklyHighlighted")).hasCount(1);
        teacherBrowser.screenshot("class-student-program");
    }

    private static String readAll(Download download) {
        try {
            return java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> picturesOn(Locator card) {
        List<String> pictures = new ArrayList<>();
        for (Locator item : card.locator(".stepwise-signin-pictures li").all()) {
            pictures.add(item.getAttribute("class").replaceAll(".*\\bpicture-([a-z]+)\\b.*", "$1"));
        }
        return pictures;
    }

    private AccountId studentId(String name) {
        return new AccountId(jdbc.sql("select id from account where display_name = ? and roles = array['STUDENT']").param(name)
                .query(UUID.class).single());
    }

    private void asStudent(JoinCode code, AccountId student, String secret, Runnable action) {
        assertThat(join.signIn(code, student, secret, new MockHttpServletRequest(), new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.SignedIn.class);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Lesson lesson() {
        return catalog.lesson(new LessonId(COUNTING.lessonId())).orElseThrow();
    }
}

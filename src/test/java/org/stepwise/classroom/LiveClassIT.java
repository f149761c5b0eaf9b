package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.classroom.LiveClassSummary.ExerciseSummary;
import org.stepwise.classroom.LiveClassSummary.Standing;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.StudentWork;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Subject;
import org.stepwise.live.LiveBus;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/**
 * The live class summary on real PostgreSQL: who has joined (from the database, so every instance
 * agrees), how many solved / are trying / are stuck / have not started each exercise, the most
 * failed case, names only when asked, and only for the class's teacher.
 */
@SpringBootTest
class LiveClassIT {

    static final String DAYS = "100-days-from-tuesday";
    static final ExerciseKey COUNTING = new ExerciseKey(DAYS, "count-day-by-day");
    static final ExerciseKey REMAINDER = new ExerciseKey(DAYS, "use-the-remainder");
    static final ExerciseKey CORNER = new ExerciseKey("find-the-room", "turn-the-corner");
    static final Path GRADING = Path.of("src/test/resources/grading");

    @Autowired
    ClassFixture fixture;
    @Autowired
    ClassProgress progress;
    @Autowired
    Classrooms classrooms;
    @Autowired
    Assignments assignments;
    @Autowired
    ClassJoin join;
    @Autowired
    StudentWork work;
    @Autowired
    AccountService accounts;
    @Autowired
    LiveBus bus;
    @Autowired
    JdbcClient jdbc;

    private SchoolClass fourB;
    private SchoolClass fiveC;
    private StudentSecret ana;
    private StudentSecret ben;
    private StudentSecret cai;
    private StudentSecret dan;
    private StudentSecret eve; // in another teacher's class
    private String right;
    private String wrong;

    @BeforeEach
    void aClassWithAssignments() throws Exception {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Admin", "admin", "correct horse battery", "correct horse battery")); // first: also admin
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
        fixture.signIn("okafor");
        fiveC = classrooms.create(new ClassDetails("5C", Subject.MATHS, "Year 5", SignInKind.WORD));
        eve = classrooms.addStudents(fiveC.id(), List.of("Eve"), Locale.ENGLISH).getFirst();
        assignments.assign(fiveC.id(), new LessonId(DAYS), null, null);
        fixture.signIn("rivera");
        fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.WORD));
        List<StudentSecret> added = classrooms.addStudents(fourB.id(), List.of("Ana", "Ben", "Cai", "Dan"), Locale.ENGLISH);
        ana = added.get(0);
        ben = added.get(1);
        cai = added.get(2);
        dan = added.get(3);
        assignments.assign(fourB.id(), new LessonId(DAYS), null, null);
        assignments.assign(fourB.id(), new LessonId(CORNER.lessonId()), CORNER.exerciseId(), null);
        right = Files.readString(GRADING.resolve("remainder.workspace.json"));
        wrong = Files.readString(GRADING.resolve("off-by-one.workspace.json"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_exercise_counts_who_solved_is_trying_is_stuck_or_has_not_started_with_the_most_failed_case() {
        fixture.as(fourB, ana, () -> {
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, right, 0); // solved, even after a failed check
        });
        fixture.as(fourB, ben, () -> {
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0); // the third failed check: stuck
            work.save(COUNTING, right, 0); // a saved program, no check: trying
        });
        fixture.as(fourB, cai, () -> {
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0); // two: still trying
        });
        fixture.as(fiveC, eve, () -> fixture.check(REMAINDER, wrong, 0)); // another class
        fixture.signIn("rivera");

        LiveClassSummary live = progress.live(fourB.id(), false);

        assertThat(live.className()).isEqualTo("4B");
        assertThat(live.joinCode()).isEqualTo(fourB.joinCode());
        assertThat(live.onRoster()).isEqualTo(4);
        assertThat(live.exercises()).extracting(ExerciseSummary::exercise).containsExactly(COUNTING, REMAINDER, CORNER);
        ExerciseSummary remainder = live.exercises().get(1);
        assertThat(List.of(remainder.solved(), remainder.trying(), remainder.stuck(), remainder.notStarted())).containsExactly(1, 1, 1, 1);
        ExerciseSummary counting = live.exercises().get(0);
        assertThat(List.of(counting.solved(), counting.trying(), counting.stuck(), counting.notStarted())).containsExactly(0, 1, 0, 3);
        assertThat(counting.mostFailed()).isNull();
        CaseFailure mostFailed = remainder.mostFailed();
        assertThat(mostFailed).isNotNull();
        assertThat(mostFailed).isEqualTo(progress.failingCases(fourB.id()).getFirst());
        assertThat(mostFailed.studentsFailing()).isEqualTo(2); // ben and cai; not ana (fixed), not eve (5C)
        assertThat(mostFailed.studentsTried()).isEqualTo(3);
        assertThat(live.exercises().get(2).notStarted()).isEqualTo(4);
    }

    @Test
    void joined_counts_the_students_who_signed_in_with_the_class_code_in_the_last_eight_hours() {
        fixture.signIn("rivera");
        assertThat(progress.live(fourB.id(), false).joined()).isZero();

        fixture.as(fourB, ana, () -> { });
        fixture.as(fourB, ben, () -> { });
        fixture.as(fourB, cai, () -> { });
        fixture.as(fiveC, eve, () -> { }); // another class
        SecurityContextHolder.clearContext();
        assertThat(join.signIn(fourB.joinCode(), dan.student(), "not dan's secret", new MockHttpServletRequest(), new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.WrongSecret.class); // a wrong secret is no sign-in
        jdbc.sql("update student set last_signed_in_at = now() - interval '9 hours' where account_id = ?").param(cai.student().value())
                .update(); // Cai signed in yesterday afternoon, not today
        fixture.signIn("rivera");

        LiveClassSummary live = progress.live(fourB.id(), true);

        assertThat(live.joined()).isEqualTo(2);
        assertThat(live.onRoster()).isEqualTo(4);
        assertThat(live.notJoined()).containsExactly("Cai", "Dan");
    }

    @Test
    void a_sign_in_is_announced_on_the_live_bus_so_open_panels_on_every_instance_count_it() throws Exception {
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable subscription = bus.subscribe("class:" + fourB.id(), heard::add)) {
            fixture.as(fourB, ana, () -> { });

            String payload = heard.poll(5, TimeUnit.SECONDS);

            assertThat(payload).as("a message on class:<id> after Ana signed in").isEqualTo("{\"signedIn\":true}");
            assertThat(payload).doesNotContain("Ana").doesNotContain(ana.student().toString());
        }
    }

    @Test
    void names_are_in_the_summary_only_when_asked_for() {
        fixture.as(fourB, ana, () -> fixture.check(REMAINDER, right, 0));
        fixture.as(fourB, ben, () -> {
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0);
        });
        fixture.signIn("rivera");

        LiveClassSummary anonymous = progress.live(fourB.id(), false);
        assertThat(anonymous.notJoined()).isEmpty();
        assertThat(anonymous.exercises()).allSatisfy(e -> {
            for (Standing standing : Standing.values()) {
                assertThat(e.names(standing)).as(e.exercise() + " " + standing).isEmpty();
            }
        });
        assertThat(anonymous.toString()).doesNotContain("Ana", "Ben", "Cai", "Dan");

        ExerciseSummary named = progress.live(fourB.id(), true).exercises().get(1);
        assertThat(named.names(Standing.SOLVED)).containsExactly("Ana");
        assertThat(named.names(Standing.STUCK)).containsExactly("Ben");
        assertThat(named.names(Standing.TRYING)).isEmpty();
        assertThat(named.names(Standing.NOT_STARTED)).containsExactly("Cai", "Dan");
    }

    @Test
    void the_summary_is_refused_to_another_teacher_an_admin_who_does_not_teach_the_class_a_student_and_anyone_signed_out() {
        for (String other : List.of("okafor", "admin")) {
            fixture.signIn(other);
            assertThatThrownBy(() -> progress.live(fourB.id(), false)).as(other).isInstanceOf(AccessDeniedException.class);
        }
        fixture.signInStudent(fourB, ana);
        assertThatThrownBy(() -> progress.live(fourB.id(), false)).as("a student").isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> progress.live(fourB.id(), false)).as("signed out")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        fixture.signIn("rivera");
        assertThat(progress.live(fourB.id(), false).onRoster()).isEqualTo(4);
    }
}

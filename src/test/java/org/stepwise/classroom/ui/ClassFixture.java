package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.ClassJoin;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.JoinOutcome;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.exercise.CheckEffort;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.StudentWork;
import org.stepwise.grading.Grade;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/**
 * Test-only: teachers Rivera (class 4B: Ana, Ben, Cai, with the lesson "100 days from Tuesday"
 * assigned) and Okafor (class 5C: Eve), and students' work made the way students make it: signed
 * in, saving and checking through the exercise module.
 */
@Component
public class ClassFixture {

    public static final String DAYS = "100-days-from-tuesday";
    public static final ExerciseKey COUNTING = new ExerciseKey(DAYS, "count-day-by-day");
    public static final ExerciseKey REMAINDER = new ExerciseKey(DAYS, "use-the-remainder");
    public static final Path GRADING = Path.of("src/test/resources/grading");

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
    @Autowired
    ClassJoin join;
    @Autowired
    ExerciseChecks checks;
    @Autowired
    StudentWork work;
    @Autowired
    LessonCatalog catalog;

    public SchoolClass fourB;
    public SchoolClass fiveC;
    public StudentSecret ana;
    public StudentSecret ben;
    public StudentSecret cai;
    public StudentSecret eve;

    /** Fresh teachers, classes and students; Rivera is signed in afterwards. */
    public void setUp(boolean assignTheLesson) {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
        signIn("okafor");
        fiveC = classrooms.create(new ClassDetails("5C", Subject.MATHS, "Year 5", SignInKind.WORD));
        eve = classrooms.addStudents(fiveC.id(), List.of("Eve"), Locale.ENGLISH).getFirst();
        signIn("rivera");
        fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.WORD));
        List<StudentSecret> added = classrooms.addStudents(fourB.id(), List.of("Ana", "Ben", "Cai"), Locale.ENGLISH);
        ana = added.get(0);
        ben = added.get(1);
        cai = added.get(2);
        if (assignTheLesson) {
            assignments.assign(fourB.id(), new LessonId(DAYS), null, null);
        }
    }

    public static String program(String file) throws Exception {
        return Files.readString(GRADING.resolve(file));
    }

    /** Runs the work signed in as the student, then signs Rivera in again. */
    public void as(SchoolClass schoolClass, StudentSecret student, Runnable studentWork) {
        signInStudent(schoolClass, student);
        try {
            studentWork.run();
        } finally {
            signIn("rivera");
        }
    }

    /** Signs the student in as the join page does (class code, name, secret). */
    public void signInStudent(SchoolClass schoolClass, StudentSecret student) {
        SecurityContextHolder.clearContext();
        assertThat(join.signIn(schoolClass.joinCode(), student.student(), student.secret(), new MockHttpServletRequest(),
                new MockHttpServletResponse())).isInstanceOf(JoinOutcome.SignedIn.class);
    }

    public Grade check(ExerciseKey key, String program, int hints) {
        Lesson lesson = catalog.lesson(new LessonId(key.lessonId())).orElseThrow();
        return checks.check(key, lesson.version(), lesson.exercise(key.exerciseId()).orElseThrow().grading(), program,
                new CheckEffort(hints, Instant.now().minusSeconds(30)));
    }

    public void save(ExerciseKey key, String program) {
        work.save(key, program, work.load(key).map(w -> w.version()).orElse(0L));
    }

    public void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

package org.stepwise.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.ClassJoin;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.JoinOutcome;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.ExerciseProgress;
import org.stepwise.exercise.StudentWork;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountId;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.StudentAccounts;

/**
 * Who may do what, tried for real: every service entry point that reads or changes classroom data
 * and every view route, each as an anonymous visitor, a student of class A, a student of class B,
 * the teacher of A, the teacher of B and the administrator (the installation's first account,
 * which also has the teacher role but teaches neither class). The expected answers are written
 * out below, one line per entry point; the test fails listing every cell that differs.
 */
@SpringBootTest
class AuthorizationMatrixIT extends SpringBrowserlessTest {

    enum Who { ANONYMOUS, STUDENT_A, STUDENT_B, TEACHER_A, TEACHER_B, ADMIN }

    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> ONLY_TEACHER_A = EnumSet.of(Who.TEACHER_A);
    private static final Set<Who> TEACHERS = EnumSet.of(Who.TEACHER_A, Who.TEACHER_B, Who.ADMIN);
    private static final Set<Who> STUDENTS = EnumSet.of(Who.STUDENT_A, Who.STUDENT_B);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final ExerciseKey COUNTING = new ExerciseKey("100-days-from-tuesday", "count-day-by-day");
    private static final String EMPTY_PROGRAM = "{\"blocks\":{\"blocks\":[]}}";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Classrooms classrooms;
    @Autowired
    ClassJoin join;
    @Autowired
    Assignments assignments;
    @Autowired
    StudentWork work;
    @Autowired
    ExerciseProgress progress;
    @Autowired
    StudentAccounts studentAccounts;
    @Autowired
    org.stepwise.classroom.ClassProgress classProgress;
    @Autowired
    org.stepwise.security.AccountAdministration administration;
    @Autowired
    org.stepwise.classroom.LiveClassPanels livePanels;
    @Autowired
    org.stepwise.presentation.Presentations presentations;
    @Autowired
    org.stepwise.presentation.StudentPresentations studentPresentations;

    private org.stepwise.classroom.ClassProgress progress() {
        return classProgress;
    }

    /** The classes, students and assignments every check starts from, made afresh for each entry point. */
    private record World(SchoolClass classA, SchoolClass classB, StudentSecret studentA, StudentSecret studentB, Assignment assignmentA,
            org.stepwise.presentation.PresentationId presentationA) {
    }

    private final Map<Who, SecurityContext> contexts = new LinkedHashMap<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_service_entry_point_answers_each_role_as_written_here() {
        Map<String, Expectation> table = new LinkedHashMap<>();
        // classes and rosters
        table.put("Classrooms.myClasses", new Expectation(TEACHERS, w -> classrooms.myClasses()));
        table.put("Classrooms.create", new Expectation(TEACHERS, w -> classrooms.create(details("New"))));
        table.put("Classrooms.get(A)", new Expectation(ONLY_TEACHER_A, w -> classrooms.get(w.classA().id())));
        table.put("Classrooms.roster(A)", new Expectation(ONLY_TEACHER_A, w -> classrooms.roster(w.classA().id())));
        table.put("Classrooms.update(A)", new Expectation(ONLY_TEACHER_A,
                w -> classrooms.update(w.classA().id(), w.classA().version(), details("4A renamed"), Locale.ENGLISH)));
        table.put("Classrooms.addStudents(A)", new Expectation(ONLY_TEACHER_A,
                w -> classrooms.addStudents(w.classA().id(), List.of("Newcomer"), Locale.ENGLISH)));
        table.put("Classrooms.rename(A, student of A)", new Expectation(ONLY_TEACHER_A,
                w -> classrooms.rename(w.classA().id(), w.studentA().student(), 0, "Renamed")));
        table.put("Classrooms.rename(A, student of B)", new Expectation(NOBODY,
                w -> classrooms.rename(w.classA().id(), w.studentB().student(), 0, "Renamed")));
        table.put("Classrooms.newSecrets(A)", new Expectation(ONLY_TEACHER_A,
                w -> classrooms.newSecrets(w.classA().id(), List.of(w.studentA().student()), Locale.ENGLISH)));
        table.put("Classrooms.newSecrets(A, student of B)", new Expectation(NOBODY,
                w -> classrooms.newSecrets(w.classA().id(), List.of(w.studentB().student()), Locale.ENGLISH)));
        table.put("Classrooms.removeStudent(A)", new Expectation(ONLY_TEACHER_A,
                w -> classrooms.removeStudent(w.classA().id(), w.studentA().student())));
        table.put("Classrooms.delete(A)", new Expectation(ONLY_TEACHER_A, w -> classrooms.delete(w.classA().id())));
        // progress and export of a class
        table.put("ClassProgress.grid(A)", new Expectation(ONLY_TEACHER_A, w -> progress().grid(w.classA().id())));
        table.put("ClassProgress.failingCases(A)", new Expectation(ONLY_TEACHER_A, w -> progress().failingCases(w.classA().id())));
        table.put("ClassProgress.latestProgram(A, student of A)", new Expectation(ONLY_TEACHER_A,
                w -> progress().latestProgram(w.classA().id(), w.studentA().student(), COUNTING)));
        table.put("ClassProgress.latestProgram(A, student of B)", new Expectation(NOBODY,
                w -> progress().latestProgram(w.classA().id(), w.studentB().student(), COUNTING)));
        table.put("ClassProgress.export(A)", new Expectation(ONLY_TEACHER_A, w -> progress().export(w.classA().id())));
        table.put("ClassProgress.live(A)", new Expectation(ONLY_TEACHER_A, w -> progress().live(w.classA().id(), false)));
        table.put("ClassProgress.live(A, with names)", new Expectation(ONLY_TEACHER_A, w -> progress().live(w.classA().id(), true)));
        table.put("LiveClassPanels.create(A)", new Expectation(ONLY_TEACHER_A,
                w -> livePanels.create(w.classA().id(), org.stepwise.classroom.LiveClassPanel.Look.PROJECTOR)));
        // presentations (projector mode): only the teacher who started one, with their own class
        table.put("Presentations.start(A)", new Expectation(ONLY_TEACHER_A, w -> presentations.start(new LessonId("find-the-room"), w.classA().id())));
        table.put("Presentations.start(no class)", new Expectation(TEACHERS, w -> presentations.start(new LessonId("find-the-room"), null)));
        table.put("Presentations.running", new Expectation(TEACHERS, w -> presentations.running()));
        table.put("Presentations.find(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.find(w.presentationA())
                .orElseThrow(() -> new AccessDeniedException("not shown"))));
        table.put("Presentations.next(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.next(w.presentationA())));
        table.put("Presentations.toggleBlank(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.toggleBlank(w.presentationA())));
        table.put("Presentations.setShowNames(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.setShowNames(w.presentationA(), true)));
        table.put("Presentations.showProgram(P of A)", new Expectation(ONLY_TEACHER_A,
                w -> presentations.showProgram(w.presentationA(), "turn-the-corner", null, 0)));
        table.put("Presentations.step(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.step(w.presentationA(), 1, 10)));
        table.put("Presentations.studentsWithPrograms(P of A)", new Expectation(ONLY_TEACHER_A,
                w -> presentations.studentsWithPrograms(w.presentationA(), "turn-the-corner")));
        table.put("Presentations.ask(P of A)", new Expectation(ONLY_TEACHER_A,
                w -> presentations.ask(w.presentationA(), org.stepwise.presentation.Question.Draft.blocks(List.of("a", "b"), 1))));
        table.put("Presentations.tally(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.tally(w.presentationA())));
        table.put("Presentations.reveal(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.reveal(w.presentationA())));
        table.put("Presentations.end(P of A)", new Expectation(ONLY_TEACHER_A, w -> presentations.end(w.presentationA())));
        table.put("StudentPresentations.current", new Expectation(STUDENTS, w -> studentPresentations.current(Locale.ENGLISH)));
        table.put("StudentPresentations.answer(P of A)", new Expectation(STUDENTS,
                w -> studentPresentations.answer(w.presentationA(), 1, 0))); // student B's answer is not stored (false)
        // accounts: administrators manage teachers; everyone with a password changes their own
        table.put("AccountAdministration.teachers", new Expectation(EnumSet.of(Who.ADMIN), w -> administration.teachers()));
        table.put("AccountAdministration.disable(teacher of B)", new Expectation(EnumSet.of(Who.ADMIN),
                w -> administration.disable(teacherId("okafor"), 0)));
        table.put("AccountAdministration.resetPassword(teacher of B)", new Expectation(EnumSet.of(Who.ADMIN),
                w -> administration.resetPassword(teacherId("okafor"), 0)));
        table.put("AccountService.changePassword", new Expectation(TEACHERS,
                w -> accounts.changePassword("correct horse battery", "another horse battery", "another horse battery")));
        // students' sign-in: open to anyone who knows the code and the secret
        table.put("ClassJoin.find", new Expectation(EVERYONE, w -> join.find(w.classA().joinCode().value(), "10.0.0.1")));
        table.put("ClassJoin.signIn", new Expectation(EVERYONE, w -> requireSignedIn(join.signIn(w.classA().joinCode(),
                w.studentA().student(), w.studentA().secret(), new MockHttpServletRequest(), new MockHttpServletResponse()))));
        // assignments
        table.put("Assignments.forClass(A)", new Expectation(ONLY_TEACHER_A, w -> assignments.forClass(w.classA().id())));
        table.put("Assignments.assign(A)", new Expectation(ONLY_TEACHER_A,
                w -> assignments.assign(w.classA().id(), new LessonId("find-the-room"), null, null)));
        table.put("Assignments.changeDueDate(A)", new Expectation(ONLY_TEACHER_A,
                w -> assignments.changeDueDate(w.classA().id(), w.assignmentA().id(), w.assignmentA().version(), null)));
        table.put("Assignments.unassign(A)", new Expectation(ONLY_TEACHER_A, w -> assignments.unassign(w.classA().id(), w.assignmentA().id())));
        table.put("Assignments.mine", new Expectation(STUDENTS, w -> assignments.mine()));
        // a student's own work: whoever is signed in, always their own
        table.put("StudentWork.save", new Expectation(SIGNED_IN, w -> work.save(COUNTING, EMPTY_PROGRAM, work.load(COUNTING)
                .map(saved -> saved.version()).orElse(0L))));
        // the exercise module's reads for teachers (the classroom module checks ownership before calling)
        table.put("ExerciseProgress.attempts", new Expectation(TEACHERS, w -> progress.attempts(List.of(w.studentA().student()))));
        table.put("ExerciseProgress.latestWorkspace", new Expectation(TEACHERS,
                w -> progress.latestWorkspace(w.studentA().student(), COUNTING)));
        // student accounts are changed only through the classroom module (teachers)
        table.put("StudentAccounts.create", new Expectation(TEACHERS, w -> studentAccounts.create("Stray", "sun-sun-sun")));
        table.put("StudentAccounts.delete(teacher's account)", new Expectation(TEACHERS,
                w -> assertThat(studentAccounts.delete(List.of(teacherId("rivera")))).as("a teacher's account is never a student's").isZero()));

        List<String> wrong = new ArrayList<>();
        table.forEach((entry, expectation) -> {
            // one fresh world per entry point: a refused call changes nothing, and the one caller
            // allowed to change the class (its teacher) comes last
            World world = freshWorld();
            for (Who who : orderWithTeacherALast()) {
                signInAs(who);
                boolean allowed;
                try {
                    expectation.call().accept(world);
                    allowed = true;
                } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
                    allowed = false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
                if (allowed != expectation.allowed().contains(who)) {
                    wrong.add(entry + " as " + who + ": " + (allowed ? "allowed" : "refused") + ", expected "
                            + (allowed ? "refused" : "allowed"));
                }
            }
        });
        assertThat(wrong).as("entry points that answer differently from the table").isEmpty();
    }

    private static Object requireSignedIn(JoinOutcome outcome) {
        assertThat(outcome).isInstanceOf(JoinOutcome.SignedIn.class);
        return outcome;
    }

    private record Expectation(Set<Who> allowed, Consumer<World> call) {
    }

    private static List<Who> orderWithTeacherALast() {
        List<Who> order = new ArrayList<>(List.of(Who.values()));
        order.remove(Who.TEACHER_A);
        order.add(Who.TEACHER_A);
        return order;
    }

    private World freshWorld() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from account").update();
        contexts.clear();
        accounts.signUpTeacher(new SignUpRequest("Admin", "admin", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
        signInTeacher("rivera");
        SchoolClass classA = classrooms.create(details("4A"));
        StudentSecret studentA = classrooms.addStudents(classA.id(), List.of("Ana"), Locale.ENGLISH).getFirst();
        Assignment assignmentA = assignments.assign(classA.id(), new LessonId("100-days-from-tuesday"), null, null);
        org.stepwise.presentation.Presentation presentationA = presentations.start(new LessonId("find-the-room"), classA.id());
        presentations.showProgram(presentationA.id(), "turn-the-corner", null, 0);
        presentations.ask(presentationA.id(), org.stepwise.presentation.Question.Draft.blocks(List.of("walk forward", "turn left"), 0));
        signInTeacher("okafor");
        SchoolClass classB = classrooms.create(details("4B"));
        StudentSecret studentB = classrooms.addStudents(classB.id(), List.of("Bo"), Locale.ENGLISH).getFirst();
        SecurityContextHolder.clearContext();
        contexts.put(Who.STUDENT_A, studentContext(classA, studentA));
        contexts.put(Who.STUDENT_B, studentContext(classB, studentB));
        return new World(classA, classB, studentA, studentB, assignmentA, presentationA.id());
    }

    private SecurityContext studentContext(SchoolClass schoolClass, StudentSecret student) {
        join.signIn(schoolClass.joinCode(), student.student(), student.secret(), new MockHttpServletRequest(), new MockHttpServletResponse());
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return context;
    }

    private void signInAs(Who who) {
        switch (who) {
            case ANONYMOUS -> SecurityContextHolder.clearContext();
            case STUDENT_A, STUDENT_B -> SecurityContextHolder.setContext(contexts.get(who));
            case TEACHER_A -> signInTeacher("rivera");
            case TEACHER_B -> signInTeacher("okafor");
            case ADMIN -> signInTeacher("admin");
        }
    }

    private void signInTeacher(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private AccountId teacherId(String username) {
        return new AccountId(jdbc.sql("select id from account where username = ?").param(username).query(java.util.UUID.class).single());
    }

    private static ClassDetails details(String name) {
        return new ClassDetails(name, Subject.MATHS, "Year 4", SignInKind.PICTURES);
    }

    @Test
    void every_view_route_opens_for_the_roles_written_here_and_no_one_else() {
        World world = freshWorld();
        Map<String, Set<Who>> routes = new LinkedHashMap<>();
        routes.put("", EVERYONE);
        routes.put("lessons", EVERYONE);
        routes.put("lessons/100-days-from-tuesday", EVERYONE);
        routes.put("lessons/100-days-from-tuesday/count-day-by-day", EVERYONE);
        routes.put("login", EVERYONE);
        routes.put("signup", EVERYONE);
        routes.put("join", EVERYONE);
        routes.put("my-lessons", STUDENTS);
        routes.put("teacher", TEACHERS);
        routes.put("teacher/classes/" + world.classA().id(), ONLY_TEACHER_A);
        routes.put("teacher/classes/" + world.classB().id(), EnumSet.of(Who.TEACHER_B));
        routes.put("teacher/classes/" + world.classA().id() + "/students/" + world.studentA().student() + "/100-days-from-tuesday/count-day-by-day",
                ONLY_TEACHER_A);
        routes.put("account", TEACHERS);
        routes.put("admin/teachers", EnumSet.of(Who.ADMIN));
        routes.put("privacy", EVERYONE);
        routes.put("present", TEACHERS);
        routes.put("present/" + world.presentationA(), ONLY_TEACHER_A);
        routes.put("present/" + world.presentationA() + "/screen", ONLY_TEACHER_A);

        List<String> wrong = new ArrayList<>();
        routes.forEach((route, allowed) -> {
            for (Who who : Who.values()) {
                signInAs(who);
                Class<?> expected = routeTarget(route);
                Class<?> shown;
                try {
                    UI.getCurrent().navigate(route);
                    shown = getCurrentView().getClass();
                } catch (RuntimeException e) {
                    shown = e.getClass();
                } finally {
                    SecurityContextHolder.clearContext();
                }
                boolean opened = expected.isAssignableFrom(shown);
                if (opened != allowed.contains(who)) {
                    wrong.add("/" + route + " as " + who + ": showed " + shown.getSimpleName() + ", expected "
                            + (allowed.contains(who) ? expected.getSimpleName() : "no access"));
                }
            }
        });
        assertThat(wrong).as("routes that answer differently from the table").isEmpty();
    }

    /** The view a route shows when access is granted, as registered with Vaadin's router. */
    private static Class<?> routeTarget(String route) {
        return com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getRoute(route)
                .orElseThrow(() -> new AssertionError("no view at /" + route));
    }
}

package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.shared.InputProblem;
import org.stepwise.shared.InvalidInputException;

@SpringBootTest
class AssignmentsIT {

    private static final LessonId HUNDRED_DAYS = new LessonId("100-days-from-tuesday");
    private static final LessonId ROOM = new LessonId("find-the-room");
    private static final LessonId STORM = new LessonId("how-far-is-the-storm");
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ClassFixture fixture;
    @Autowired
    Assignments assignments;
    @Autowired
    Classrooms classrooms;
    @Autowired
    ClassJoin join;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private SchoolClass fourB;
    private StudentSecret ana;
    private SchoolClass fiveC;
    private StudentSecret ben;

    @BeforeEach
    void twoClassesOfTwoTeachers() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Admin", "admin", "correct horse battery", "correct horse battery")); // first: also admin
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
        fixture.signIn("rivera");
        fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        ana = classrooms.addStudents(fourB.id(), List.of("Ana"), Locale.ENGLISH).getFirst();
        fixture.signIn("okafor");
        fiveC = classrooms.create(new ClassDetails("5C", Subject.SCIENCE, "Year 5", SignInKind.PICTURES));
        ben = classrooms.addStudents(fiveC.id(), List.of("Ben"), Locale.ENGLISH).getFirst();
        fixture.signIn("rivera");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_class_lists_dated_assignments_soonest_first_then_undated_ones_in_the_order_they_were_made() {
        Assignment storm = assignments.assign(fourB.id(), STORM, null, null);
        Assignment room = assignments.assign(fourB.id(), ROOM, "follow-the-signs", TODAY.plusDays(7));
        Assignment counting = assignments.assign(fourB.id(), HUNDRED_DAYS, "count-day-by-day", null);
        Assignment hundredDays = assignments.assign(fourB.id(), HUNDRED_DAYS, null, TODAY.plusDays(2));

        assertThat(room.exerciseId()).isEqualTo("follow-the-signs");
        assertThat(room.dueOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(hundredDays.wholeLesson()).isTrue();
        assertThat(assignments.forClass(fourB.id())).containsExactly(hundredDays, room, storm, counting);
    }

    @Test
    void the_due_date_changes_and_can_be_taken_away_and_an_assignment_can_be_taken_off() {
        Assignment room = assignments.assign(fourB.id(), ROOM, null, TODAY.plusDays(7));
        Assignment storm = assignments.assign(fourB.id(), STORM, null, null);

        Assignment sooner = assignments.changeDueDate(fourB.id(), room.id(), room.version(), TODAY);
        assertThat(sooner.dueOn()).isEqualTo(TODAY);
        assertThat(sooner.version()).isGreaterThan(room.version());
        Assignment dated = assignments.changeDueDate(fourB.id(), storm.id(), storm.version(), TODAY.plusDays(1));
        Assignment undated = assignments.changeDueDate(fourB.id(), sooner.id(), sooner.version(), null);
        assertThat(assignments.forClass(fourB.id())).containsExactly(dated, undated);

        assignments.unassign(fourB.id(), storm.id());

        assertThat(assignments.forClass(fourB.id())).containsExactly(undated);
        assignments.unassign(fourB.id(), storm.id()); // already gone: nothing happens
        assertThat(assignments.forClass(fourB.id())).containsExactly(undated);
    }

    @Test
    void a_lesson_or_exercise_that_does_not_exist_and_a_past_due_date_are_refused_with_the_field_named() {
        assertThatThrownBy(() -> assignments.assign(fourB.id(), new LessonId("no-such-lesson"), null, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        InputProblem.of("lesson", "teacher.assignments.error.no-lesson", "no-such-lesson"),
                        InputProblem.of("due", "teacher.assignments.error.due-passed")));
        assertThatThrownBy(() -> assignments.assign(fourB.id(), HUNDRED_DAYS, "follow-the-signs", null)) // an exercise of another lesson
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        InputProblem.of("exercise", "teacher.assignments.error.no-exercise", "follow-the-signs")));
        assertThat(assignments.forClass(fourB.id())).isEmpty();

        Assignment room = assignments.assign(fourB.id(), ROOM, null, TODAY);
        assertThatThrownBy(() -> assignments.changeDueDate(fourB.id(), room.id(), room.version(), TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        InputProblem.of("due", "teacher.assignments.error.due-passed")));
        assertThat(assignments.forClass(fourB.id())).containsExactly(room);
    }

    @Test
    void the_same_lesson_or_exercise_twice_is_refused_but_the_lesson_and_one_of_its_exercises_may_both_be_assigned() {
        Assignment lesson = assignments.assign(fourB.id(), ROOM, null, null);
        Assignment exercise = assignments.assign(fourB.id(), ROOM, "turn-the-corner", null);

        assertThatThrownBy(() -> assignments.assign(fourB.id(), ROOM, null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        InputProblem.of("lesson", "teacher.assignments.error.lesson-taken")));
        assertThatThrownBy(() -> assignments.assign(fourB.id(), ROOM, "turn-the-corner", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        InputProblem.of("exercise", "teacher.assignments.error.exercise-taken")));
        assertThat(assignments.forClass(fourB.id())).containsExactly(lesson, exercise);

        fixture.signIn("okafor"); // another class may have the same lesson
        assertThat(assignments.assign(fiveC.id(), ROOM, null, null).classId()).isEqualTo(fiveC.id());
    }

    @Test
    void a_due_date_changed_from_a_stale_page_changes_nothing_and_says_so() {
        Assignment room = assignments.assign(fourB.id(), ROOM, null, TODAY.plusDays(3));
        Assignment changedInAnotherTab = assignments.changeDueDate(fourB.id(), room.id(), room.version(), TODAY.plusDays(5));

        assertThatThrownBy(() -> assignments.changeDueDate(fourB.id(), room.id(), room.version(), TODAY.plusDays(9)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(assignments.forClass(fourB.id())).containsExactly(changedInAnotherTab);

        assignments.unassign(fourB.id(), room.id());
        assertThatThrownBy(() -> assignments.changeDueDate(fourB.id(), room.id(), changedInAnotherTab.version(), TODAY))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void only_the_class_teacher_may_assign_change_or_list_and_not_an_admin_another_teacher_a_student_or_anonymous() {
        Assignment room = assignments.assign(fourB.id(), ROOM, null, TODAY.plusDays(3));

        for (Runnable who : List.<Runnable>of(() -> fixture.signIn("okafor"), () -> fixture.signIn("admin"), () -> fixture.signInStudent(fiveC, ben),
                () -> fixture.signInStudent(fourB, ana))) {
            who.run();
            assertThatThrownBy(() -> assignments.assign(fourB.id(), STORM, null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.changeDueDate(fourB.id(), room.id(), room.version(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.unassign(fourB.id(), room.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.forClass(fourB.id())).isInstanceOf(AccessDeniedException.class);
        }
        fixture.signIn("okafor"); // the id of 4B's assignment does not work through Mr Okafor's own class either
        assignments.unassign(fiveC.id(), room.id());
        assertThatThrownBy(() -> assignments.changeDueDate(fiveC.id(), room.id(), room.version(), null))
                .isInstanceOf(ConcurrentChangeException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> assignments.forClass(fourB.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> assignments.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        fixture.signIn("rivera");
        assertThat(assignments.forClass(fourB.id())).containsExactly(room);
        assertThatThrownBy(() -> assignments.mine()).isInstanceOf(AccessDeniedException.class); // teachers have no "my lessons"
    }

    @Test
    void a_student_sees_their_own_class_assignments_in_order_and_nothing_of_another_class() {
        Assignment storm = assignments.assign(fourB.id(), STORM, null, null);
        Assignment room = assignments.assign(fourB.id(), ROOM, "find-any-room", TODAY);
        fixture.signIn("okafor");
        Assignment fiveCs = assignments.assign(fiveC.id(), HUNDRED_DAYS, null, TODAY);

        fixture.signInStudent(fourB, ana);
        assertThat(assignments.mine()).containsExactly(room, storm);
        fixture.signInStudent(fiveC, ben);
        assertThat(assignments.mine()).containsExactly(fiveCs);

        fixture.signIn("okafor");
        assignments.unassign(fiveC.id(), fiveCs.id());
        fixture.signInStudent(fiveC, ben);
        assertThat(assignments.mine()).isEmpty();
    }
}

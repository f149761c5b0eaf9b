package org.stepwise.classroom;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.internal.AssignmentRepository;
import org.stepwise.classroom.internal.ClassRepository;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonId;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.shared.InputProblem;
import org.stepwise.shared.InvalidInputException;

/**
 * Lessons and exercises assigned to classes. Teachers assign to their own classes only (a class of
 * another teacher is refused with {@link AccessDeniedException}, exactly as one that does not
 * exist); students read their own class's assignments. Lists are in the order students should
 * work: dated assignments first, the soonest first, then undated ones in the order they were made.
 */
@Service
public class Assignments {

    /** Fields named in {@link InputProblem}s. */
    public static final String LESSON = "lesson";
    public static final String EXERCISE = "exercise";
    public static final String DUE = "due";

    private static final Logger log = LoggerFactory.getLogger(Assignments.class);

    private final AssignmentRepository assignments;
    private final ClassRepository classes;
    private final LessonCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemDefaultZone();

    Assignments(AssignmentRepository assignments, ClassRepository classes, LessonCatalog catalog, CurrentUser currentUser) {
        this.assignments = assignments;
        this.classes = classes;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /**
     * Assigns a lesson, or one exercise of it, to one of the teacher's classes.
     *
     * @param exerciseId an exercise of the lesson, or null for the whole lesson
     * @param dueOn      today or later, or null for no due date
     * @throws InvalidInputException when the lesson or exercise does not exist, the due date has
     *                               passed, or the class already has this lesson or exercise
     */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public Assignment assign(ClassId classId, LessonId lesson, @Nullable String exerciseId, @Nullable LocalDate dueOn) {
        owned(classId);
        List<InputProblem> problems = new ArrayList<>();
        Optional<Lesson> found = catalog.lesson(lesson);
        if (found.isEmpty()) {
            problems.add(InputProblem.of(LESSON, "teacher.assignments.error.no-lesson", lesson.value()));
        } else if (exerciseId != null && found.get().exercise(exerciseId).isEmpty()) {
            problems.add(InputProblem.of(EXERCISE, "teacher.assignments.error.no-exercise", exerciseId));
        }
        dueProblem(dueOn).ifPresent(problems::add);
        requireValid(problems);
        AssignmentId id = AssignmentId.random();
        if (!assignments.insert(id, classId, lesson, exerciseId, dueOn)) {
            throw new InvalidInputException(List.of(exerciseId == null
                    ? InputProblem.of(LESSON, "teacher.assignments.error.lesson-taken")
                    : InputProblem.of(EXERCISE, "teacher.assignments.error.exercise-taken")));
        }
        log.atInfo().addKeyValue("class", classId).log("Assigned {}{} to class {}", lesson, exerciseId == null ? "" : "/" + exerciseId, classId);
        return assignments.find(classId, id).orElseThrow();
    }

    /**
     * @param dueOn today or later, or null for no due date
     * @throws ConcurrentChangeException when the assignment changed or was removed since {@code expectedVersion} was read
     * @throws InvalidInputException     when the due date has passed
     */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public Assignment changeDueDate(ClassId classId, AssignmentId id, long expectedVersion, @Nullable LocalDate dueOn) {
        owned(classId);
        dueProblem(dueOn).ifPresent(problem -> requireValid(List.of(problem)));
        if (!assignments.changeDueDate(classId, id, expectedVersion, dueOn)) {
            throw new ConcurrentChangeException("assignment " + id);
        }
        return assignments.find(classId, id).orElseThrow();
    }

    /** Takes the assignment off the class; students' work on the lesson stays. Nothing happens when it is already gone. */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public void unassign(ClassId classId, AssignmentId id) {
        owned(classId);
        if (assignments.delete(classId, id)) {
            log.atInfo().addKeyValue("class", classId).log("Assignment {} taken off class {}", id, classId);
        }
    }

    /** The class's assignments, dated ones first (soonest first), then undated ones in the order they were made. */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional(readOnly = true)
    public List<Assignment> forClass(ClassId classId) {
        owned(classId);
        return assignments.byClass(classId);
    }

    /** The signed-in student's class's assignments, in the same order as {@link #forClass}. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<Assignment> mine() {
        SignedInUser student = currentUser.get().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
        return classes.classOf(student.id()).map(assignments::byClass).orElse(List.of());
    }

    private Optional<InputProblem> dueProblem(@Nullable LocalDate dueOn) {
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            return Optional.of(InputProblem.of(DUE, "teacher.assignments.error.due-passed"));
        }
        return Optional.empty();
    }

    private void owned(ClassId id) {
        SignedInUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
        if (!user.hasRole(Roles.TEACHER) || classes.find(id).filter(c -> c.teacher().equals(user.id())).isEmpty()) {
            throw new AccessDeniedException("not one of your classes");
        }
    }

    private static void requireValid(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

package org.stepwise.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.LiveClassSummary.ExerciseSummary;
import org.stepwise.classroom.LiveClassSummary.Standing;
import org.stepwise.classroom.internal.ClassRepository;
import org.stepwise.exercise.AttemptRecord;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.ExerciseProgress;
import org.stepwise.exercise.SavedWorkRecord;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.security.AccountId;

/**
 * What a teacher sees of their class's work: the progress grid, the cases the class fails most, the
 * live summary for the projector, a student's latest program, and the class's data to download. Like {@link Classrooms}, only for
 * the signed-in teacher's own classes ({@link AccessDeniedException} otherwise, also for admins who
 * do not teach the class), and only for students on the class's roster: this is the check that
 * {@link ExerciseProgress} leaves to its caller, made before every call to it.
 */
@Service
@PreAuthorize("hasRole('TEACHER')")
public class ClassProgress {

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final LessonCatalog catalog;
    private final ExerciseProgress progress;
    private final ClassRepository classes;

    ClassProgress(Classrooms classrooms, Assignments assignments, LessonCatalog catalog, ExerciseProgress progress,
            ClassRepository classes) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.catalog = catalog;
        this.progress = progress;
        this.classes = classes;
    }

    /**
     * Students (rows, in roster order) by assigned exercises (columns). A cell is
     * {@linkplain ProgressCell.State#SOLVED solved} once a check passed every case,
     * {@linkplain ProgressCell.State#IN_PROGRESS in progress} with a saved program or checks that did
     * not, else not started. An assigned lesson or exercise that the catalog no longer has gets no column.
     */
    @Transactional(readOnly = true)
    public ProgressGrid grid(ClassId id) {
        return grid(id, classrooms.roster(id), columns(id)); // roster: checks the class is the teacher's
    }

    private ProgressGrid grid(ClassId id, List<RosterStudent> roster, List<ExerciseColumn> columns) {
        List<AccountId> students = roster.stream().map(RosterStudent::id).toList();
        Map<Cell, Tally> tallies = new HashMap<>();
        for (AttemptRecord attempt : progress.attempts(students)) {
            tallies.computeIfAbsent(new Cell(attempt.student(), attempt.exercise()), c -> new Tally()).add(attempt);
        }
        for (SavedWorkRecord saved : progress.savedWork(students)) {
            tallies.computeIfAbsent(new Cell(saved.student(), saved.exercise()), c -> new Tally()).saved(saved.savedAt());
        }
        List<ProgressGrid.Row> rows = new ArrayList<>();
        for (RosterStudent student : roster) {
            List<ProgressCell> cells = new ArrayList<>();
            for (ExerciseColumn column : columns) {
                Tally tally = tallies.get(new Cell(student.id(), column.exercise()));
                cells.add(tally == null ? ProgressCell.notStarted(student.id(), column.exercise()) : tally.cell(student.id(), column.exercise()));
            }
            rows.add(new ProgressGrid.Row(student, cells));
        }
        return new ProgressGrid(id, columns, rows);
    }

    /**
     * The cases of the assigned exercises that at least one student fails, counted from each
     * student's latest attempt on the exercise: in column order, and within an exercise the most
     * failed first. {@link CaseFailure#studentsTried()} is how many students' latest attempt was
     * graded on the case.
     */
    @Transactional(readOnly = true)
    public List<CaseFailure> failingCases(ClassId id) {
        return failingCases(classrooms.roster(id), columns(id));
    }

    private List<CaseFailure> failingCases(List<RosterStudent> roster, List<ExerciseColumn> columns) {
        List<AccountId> students = roster.stream().map(RosterStudent::id).toList();
        List<ExerciseKey> order = columns.stream().map(ExerciseColumn::exercise).toList();
        return progress.caseFailures(students).stream()
                .filter(f -> f.studentsFailing() > 0 && order.contains(f.exercise()))
                .sorted(Comparator.comparingInt((CaseFailure f) -> order.indexOf(f.exercise()))) // stable: keeps the most failed first
                .toList();
    }

    /**
     * The class at a glance, for the live class panel (the teacher's laptop and the projector).
     * <ul>
     * <li><b>Joined</b>: students on the roster who signed in with the class's code within the last
     * {@link LiveClassSummary#JOINED_WITHIN} (8 hours), by the database's clock. It is read from the
     * database, not from any one instance's sessions, so it is the same on every app instance; 8 hours
     * spans a school day, so a student who signed in for the first lesson and kept the page open
     * still counts in the afternoon, while yesterday's sign-ins do not.</li>
     * <li>Per assigned exercise (the {@linkplain #grid grid's} columns): <b>solved</b> (a check passed
     * every case), <b>stuck</b> (not solved after {@link LiveClassSummary#STUCK_AFTER_CHECKS} checks or
     * more), <b>trying</b> (started: a saved program or fewer checks, none passing), <b>not started</b>;
     * they add up to the roster. Stuck counts checks, not time: a child reading or thinking is not
     * stuck, one whose third check still fails probably needs a word.</li>
     * <li>The <b>most failed case</b>: the first of {@link #failingCases} for the exercise.</li>
     * </ul>
     *
     * @param withNames whether to include the students' names in each group (and of those not joined);
     *                  without, the summary holds counts only, so nothing on a projector can show a name
     */
    @Transactional(readOnly = true)
    public LiveClassSummary live(ClassId id, boolean withNames) {
        SchoolClass schoolClass = classrooms.get(id); // checks the class is the teacher's
        List<RosterStudent> roster = classes.roster(id);
        List<ExerciseColumn> columns = columns(id);
        ProgressGrid grid = grid(id, roster, columns);
        Map<ExerciseKey, CaseFailure> mostFailed = new HashMap<>();
        for (CaseFailure failure : failingCases(roster, columns)) {
            mostFailed.putIfAbsent(failure.exercise(), failure); // the most failed comes first
        }
        Set<AccountId> joined = new HashSet<>(classes.signedInWithin(id, LiveClassSummary.JOINED_WITHIN));
        List<String> notJoined = withNames
                ? roster.stream().filter(s -> !joined.contains(s.id())).map(RosterStudent::displayName).toList()
                : List.of();
        List<ExerciseSummary> exercises = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
            Map<Standing, List<String>> names = new EnumMap<>(Standing.class);
            for (ProgressGrid.Row row : grid.rows()) {
                Standing standing = Standing.of(row.cells().get(c));
                counts.merge(standing, 1, Integer::sum);
                if (withNames) {
                    names.computeIfAbsent(standing, s -> new ArrayList<>()).add(row.student().displayName());
                }
            }
            ExerciseKey exercise = columns.get(c).exercise();
            exercises.add(new ExerciseSummary(exercise, counts.getOrDefault(Standing.SOLVED, 0), counts.getOrDefault(Standing.TRYING, 0),
                    counts.getOrDefault(Standing.STUCK, 0), counts.getOrDefault(Standing.NOT_STARTED, 0), mostFailed.get(exercise), names));
        }
        int joinedOnRoster = (int) roster.stream().filter(s -> joined.contains(s.id())).count();
        return new LiveClassSummary(id, schoolClass.name(), schoolClass.joinCode(), roster.size(), joinedOnRoster, notJoined, exercises);
    }

    /**
     * The latest program a student of the class saved on an exercise, to look at read-only; empty
     * when they have saved none.
     *
     * @throws AccessDeniedException when the class is not the teacher's or the student is not on its roster
     */
    @Transactional(readOnly = true)
    public Optional<StudentProgram> latestProgram(ClassId id, AccountId student, ExerciseKey exercise) {
        RosterStudent onRoster = classrooms.roster(id).stream().filter(s -> s.id().equals(student)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a student of this class"));
        return progress.latestWorkspace(student, exercise)
                .map(saved -> new StudentProgram(onRoster, exercise, saved.workspaceJson(), saved.savedAt()));
    }

    /** The class's data: details, assignments, and per student their attempts and latest saved programs. */
    @Transactional(readOnly = true)
    public ClassExport export(ClassId id) {
        SchoolClass schoolClass = classrooms.get(id);
        List<RosterStudent> roster = classrooms.roster(id);
        List<AccountId> ids = roster.stream().map(RosterStudent::id).toList();
        Map<AccountId, List<ClassExport.Attempt>> attempts = new HashMap<>();
        for (AttemptRecord a : progress.attempts(ids)) {
            attempts.computeIfAbsent(a.student(), s -> new ArrayList<>()).add(new ClassExport.Attempt(a.exercise(), a.at(), a.passed(),
                    a.casesPassed(), a.casesTotal(), a.steps(), a.hintsUsed(), a.secondsSpent()));
        }
        Map<AccountId, List<ClassExport.Program>> programs = new HashMap<>();
        for (SavedWorkRecord saved : progress.savedWork(ids)) {
            progress.latestWorkspace(saved.student(), saved.exercise()).ifPresent(w -> programs
                    .computeIfAbsent(saved.student(), s -> new ArrayList<>())
                    .add(new ClassExport.Program(saved.exercise(), w.savedAt(), w.workspaceJson())));
        }
        List<ClassExport.Student> students = new ArrayList<>();
        for (RosterStudent student : roster) {
            List<ClassExport.Attempt> theirs = new ArrayList<>(attempts.getOrDefault(student.id(), List.of()));
            theirs.sort(Comparator.comparing(ClassExport.Attempt::at));
            List<ClassExport.Program> saved = new ArrayList<>(programs.getOrDefault(student.id(), List.of()));
            saved.sort(Comparator.comparing((ClassExport.Program p) -> p.exercise().lessonId()).thenComparing(p -> p.exercise().exerciseId()));
            students.add(new ClassExport.Student(student.displayName(), theirs, saved));
        }
        List<ClassExport.AssignedWork> assigned = assignments.forClass(id).stream()
                .map(a -> new ClassExport.AssignedWork(a.lesson().value(), a.exerciseId(), a.dueOn())).toList();
        return new ClassExport(Instant.now(), new ClassExport.Details(schoolClass.name(), schoolClass.subject(), schoolClass.grade(),
                schoolClass.signIn()), assigned, students);
    }

    /**
     * The assigned exercises in the order of the class's assignments (dated ones first, soonest
     * first), each once, where it first appears: a whole lesson expands to its exercises in lesson order.
     */
    private List<ExerciseColumn> columns(ClassId id) {
        Map<ExerciseKey, ExerciseColumn> columns = new LinkedHashMap<>();
        for (Assignment assigned : assignments.forClass(id)) {
            Optional<Lesson> lesson = catalog.lesson(assigned.lesson());
            if (lesson.isEmpty()) {
                continue;
            }
            List<LessonExercise> exercises = assigned.exerciseId() == null ? lesson.get().exercises()
                    : lesson.get().exercise(assigned.exerciseId()).stream().toList();
            for (LessonExercise exercise : exercises) {
                ExerciseKey key = new ExerciseKey(assigned.lesson().value(), exercise.id());
                columns.putIfAbsent(key, new ExerciseColumn(key, assigned.dueOn()));
            }
        }
        return List.copyOf(columns.values());
    }

    private record Cell(AccountId student, ExerciseKey exercise) {
    }

    /** What one student did on one exercise. */
    private static final class Tally {
        private int attempts;
        private boolean passed;
        private boolean hints;
        private boolean saved;
        private @Nullable Instant last;

        void add(AttemptRecord attempt) {
            attempts++;
            passed |= attempt.passed();
            hints |= attempt.hintsUsed() > 0;
            seen(attempt.at());
        }

        void saved(Instant at) {
            saved = true;
            seen(at);
        }

        private void seen(Instant at) {
            if (last == null || at.isAfter(last)) {
                last = at;
            }
        }

        ProgressCell cell(AccountId student, ExerciseKey exercise) {
            ProgressCell.State state = passed ? ProgressCell.State.SOLVED
                    : attempts > 0 || saved ? ProgressCell.State.IN_PROGRESS : ProgressCell.State.NOT_STARTED;
            return new ProgressCell(student, exercise, state, attempts, hints, last);
        }
    }
}

package org.stepwise.presentation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.ClassProgress;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.classroom.StudentProgram;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Section;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveMessage;
import org.stepwise.presentation.internal.PresentationRepository;
import org.stepwise.security.AccountId;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.SignedInUser;

/**
 * A teacher's presentations: start one, drive it from any window, end it. Only the teacher who
 * started a presentation may see or change it ({@link AccessDeniedException} otherwise); the class
 * it is presented to must be theirs. Every change is stored, then announced on the live bus (on
 * commit) as {@link #topic(PresentationId)}, and for a class also as {@link #classTopic(ClassId)},
 * so windows and students' pages on any app instance look again.
 *
 * <p>Changes are relative where two windows may press at once (next section, one step on): each is
 * applied to the stored state under a row lock, so two presses move two steps, never lose one.
 */
@Service
@PreAuthorize("hasRole('TEACHER')")
public class Presentations {

    private final PresentationRepository repository;
    private final LessonCatalog catalog;
    private final Classrooms classrooms;
    private final ClassProgress progress;
    private final CurrentUser currentUser;
    private final LiveBus bus;

    Presentations(PresentationRepository repository, LessonCatalog catalog, Classrooms classrooms, ClassProgress progress,
            CurrentUser currentUser, LiveBus bus) {
        this.repository = repository;
        this.catalog = catalog;
        this.classrooms = classrooms;
        this.progress = progress;
        this.currentUser = currentUser;
        this.bus = bus;
    }

    /** What windows showing a presentation listen to. */
    public static String topic(PresentationId id) {
        return "presentation:" + id;
    }

    /** What students' pages of a class listen to: a presentation to the class started, changed or ended. */
    public static String classTopic(ClassId id) {
        return "presenting:" + id;
    }

    /**
     * Starts presenting a lesson from its first section, to one of the teacher's classes or to
     * none. A class follows one presentation at a time: one it followed before ends.
     *
     * @throws IllegalArgumentException when the catalog has no such lesson
     * @throws AccessDeniedException    when the class is not the teacher's
     */
    @Transactional
    public Presentation start(LessonId lesson, @Nullable ClassId classId) {
        if (catalog.lesson(lesson).isEmpty()) {
            throw new IllegalArgumentException("no lesson " + lesson.value());
        }
        AccountId teacher = me();
        if (classId != null) {
            classrooms.get(classId); // refuses another teacher's class
            repository.runningFor(classId).ifPresent(old -> announce(repository.save(old.endedAt(Instant.now())), true));
        }
        Presentation created = new Presentation(PresentationId.random(), 1, teacher, lesson, classId, Presentation.SECTIONS.getFirst(),
                false, false, false, false, null, null, Instant.now(), null);
        repository.insert(created);
        Presentation stored = repository.find(created.id()).orElseThrow();
        announce(stored, true);
        return stored;
    }

    /** The signed-in teacher's presentations that have not ended, newest first. */
    @Transactional(readOnly = true)
    public List<Presentation> running() {
        return repository.runningBy(me());
    }

    /** The presentation; empty when there is none with this id or it is another teacher's. */
    @Transactional(readOnly = true)
    public Optional<Presentation> find(PresentationId id) {
        AccountId teacher = me();
        return repository.find(id).filter(p -> p.teacher().equals(teacher));
    }

    /** The lesson presented (its current version in the catalog). */
    public Lesson lessonOf(Presentation presentation) {
        return catalog.lesson(presentation.lesson())
                .orElseThrow(() -> new IllegalStateException("the lesson " + presentation.lesson().value() + " left the catalog"));
    }

    // ---- sections ------------------------------------------------------------------------------

    @Transactional
    public Presentation next(PresentationId id) {
        return change(id, p -> p.withSection(Presentation.SECTIONS.get(Math.min(p.sectionIndex() + 1, Presentation.SECTIONS.size() - 1))));
    }

    @Transactional
    public Presentation previous(PresentationId id) {
        return change(id, p -> p.withSection(Presentation.SECTIONS.get(Math.max(p.sectionIndex() - 1, 0))));
    }

    /**
     * Shows a section (and leaves the program, if one was on screen).
     *
     * @throws IllegalArgumentException for the teacher notes, which are never presented
     */
    @Transactional
    public Presentation show(PresentationId id, Section section) {
        if (!section.forStudents()) {
            throw new IllegalArgumentException("the " + section.id() + " section is never presented");
        }
        return change(id, p -> p.withSection(section).withProgram(null).withQuestion(null));
    }

    @Transactional
    public Presentation setBlank(PresentationId id, boolean blank) {
        return change(id, p -> p.withBlank(blank));
    }

    @Transactional
    public Presentation toggleBlank(PresentationId id) {
        return change(id, p -> p.withBlank(!p.blank()));
    }

    @Transactional
    public Presentation setShowNames(PresentationId id, boolean showNames) {
        return change(id, p -> p.withShowNames(showNames));
    }

    @Transactional
    public Presentation setShowClass(PresentationId id, boolean showClass) {
        return change(id, p -> p.withShowClass(showClass));
    }

    @Transactional
    public Presentation setFollow(PresentationId id, boolean follow) {
        return change(id, p -> p.withFollow(follow));
    }

    /** Ends the presentation: its windows say so, students' pages stop following. */
    @Transactional
    public Presentation end(PresentationId id) {
        Presentation current = repository.lock(id).filter(p -> p.teacher().equals(me()))
                .orElseThrow(() -> new AccessDeniedException("not your presentation"));
        return current.ended() ? current : store(current, current.endedAt(Instant.now()));
    }

    // ---- a program on the big screen -----------------------------------------------------------

    /**
     * Puts a program on the big screen before its first step: the exercise's reference solution
     * ({@code student} null) or a student's latest saved program.
     *
     * @throws IllegalArgumentException when the lesson has no such exercise, the student is not in
     *                                  the presentation's class, or has saved no program for it
     */
    @Transactional
    public Presentation showProgram(PresentationId id, String exerciseId, @Nullable AccountId student, int caseIndex) {
        Presentation current = lockMine(id);
        if (lessonOf(current).exercise(exerciseId).isEmpty()) {
            throw new IllegalArgumentException("the lesson has no exercise " + exerciseId);
        }
        if (student != null && programOf(current, new ProgramOnScreen(exerciseId, student, caseIndex, -1)).isEmpty()) {
            throw new IllegalArgumentException("no saved program of this student for " + exerciseId);
        }
        return store(current, current.withProgram(new ProgramOnScreen(exerciseId, student, caseIndex, -1)).withQuestion(null));
    }

    /** Back to the section: the program leaves the big screen. */
    @Transactional
    public Presentation hideProgram(PresentationId id) {
        return change(id, p -> p.withProgram(null).withQuestion(null));
    }

    /**
     * Moves the program on screen by {@code delta} steps (negative: back), staying within
     * {@code -1 .. lastStep}. Nothing happens without a program on screen. Moving on from a
     * question closes it.
     */
    @Transactional
    public Presentation step(PresentationId id, int delta, int lastStep) {
        return change(id, p -> p.program() == null ? p
                : moved(p, Math.max(-1, Math.min(lastStep, p.program().position() + delta))));
    }

    /** Jumps the program on screen to a step ({@code -1}: before the first). */
    @Transactional
    public Presentation stepTo(PresentationId id, int position) {
        return change(id, p -> p.program() == null ? p : moved(p, Math.max(-1, position)));
    }

    private static Presentation moved(Presentation p, int position) {
        ProgramOnScreen program = p.program();
        if (program == null || program.position() == position) {
            return p;
        }
        Question question = p.question();
        return p.withProgram(program.at(position)).withQuestion(question != null && question.position() == position ? question : null);
    }

    /**
     * Asks about the next step at the program's current step, with the choices given (worked out
     * from the program with {@code org.stepwise.predict.NextStepQuestions}). Students of the class
     * may answer until {@link #reveal}.
     *
     *
     * @throws IllegalStateException when no program is on screen or the presentation has no class
     */
    @Transactional
    public Presentation ask(PresentationId id, Question.Draft draft) {
        Presentation current = lockMine(id);
        ProgramOnScreen program = current.program();
        if (program == null || current.classId() == null) {
            throw new IllegalStateException("a question needs a program on screen and a class to answer it");
        }
        Question question = draft.number(repository.nextQuestionNumber(id), program.position());
        return store(current, current.withQuestion(question));
    }

    /** Shows the tally of the open question; answers are no longer taken. */
    @Transactional
    public Presentation reveal(PresentationId id) {
        return change(id, p -> p.question() == null ? p : p.withQuestion(p.question().reveal()));
    }

    /** How the class answered the latest question: the counts by choice, in the choices' order. */
    @Transactional(readOnly = true)
    public Tally tally(PresentationId id) {
        Presentation p = find(id).orElseThrow(() -> new AccessDeniedException("not your presentation"));
        Question question = p.question();
        if (question == null) {
            return new Tally(List.of());
        }
        return new Tally(repository.tally(id, question.number(), question.choices().size()));
    }

    /** How a class answered: counts only, never who. */
    public record Tally(List<Integer> counts) {
        public Tally {
            counts = List.copyOf(counts);
        }

        public int answered() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The students of the presentation's class who saved a program for the exercise, in roster
     * order: the programs the teacher may put on the big screen. Empty without a class.
     */
    @Transactional(readOnly = true)
    public List<RosterStudent> studentsWithPrograms(PresentationId id, String exerciseId) {
        Presentation p = find(id).orElseThrow(() -> new AccessDeniedException("not your presentation"));
        ClassId classId = p.classId();
        if (classId == null) {
            return List.of();
        }
        ExerciseKey key = new ExerciseKey(p.lesson().value(), exerciseId);
        return classrooms.roster(classId).stream()
                .filter(s -> progress.latestProgram(classId, s.id(), key).isPresent())
                .toList();
    }

    /**
     * The program on screen as a Blockly workspace (JSON): the reference solution, or the
     * student's latest saved program. Empty when the exercise has no reference solution or the
     * student has none saved (any more).
     */
    @Transactional(readOnly = true)
    public Optional<String> programOf(Presentation p, ProgramOnScreen program) {
        if (!p.teacher().equals(me())) {
            throw new AccessDeniedException("not your presentation");
        }
        Optional<LessonExercise> exercise = lessonOf(p).exercise(program.exerciseId());
        if (exercise.isEmpty()) {
            return Optional.empty();
        }
        AccountId student = program.student();
        if (student == null) {
            return Optional.ofNullable(exercise.get().grading().solution());
        }
        ClassId classId = p.classId();
        if (classId == null) {
            return Optional.empty();
        }
        return progress.latestProgram(classId, student, new ExerciseKey(p.lesson().value(), program.exerciseId()))
                .map(StudentProgram::workspaceJson);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Presentation change(PresentationId id, UnaryOperator<Presentation> how) {
        Presentation current = lockMine(id);
        Presentation changed = how.apply(current);
        return changed.equals(current) ? current : store(current, changed);
    }

    private Presentation lockMine(PresentationId id) {
        Presentation current = repository.lock(id).orElseThrow(() -> new AccessDeniedException("no such presentation"));
        if (!current.teacher().equals(me())) {
            throw new AccessDeniedException("not your presentation");
        }
        if (current.ended()) {
            throw new IllegalStateException("the presentation has ended");
        }
        return current;
    }

    private Presentation store(Presentation before, Presentation changed) {
        Presentation stored = repository.save(changed);
        announce(stored, !before.sameForStudents(stored));
        return stored;
    }

    /**
     * Tells the windows; and the class's pages only when something they show changed (not at each
     * step of a program: a class of 30 would redraw 30 strips for nothing).
     */
    private void announce(Presentation p, boolean toStudents) {
        String payload = "{\"version\":" + p.version() + "}";
        bus.publish(new LiveMessage(topic(p.id()), payload));
        if (p.classId() != null && toStudents) {
            bus.publish(new LiveMessage(classTopic(p.classId()), payload));
        }
    }

    private AccountId me() {
        return currentUser.get().map(SignedInUser::id).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}

package org.stepwise.presentation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.ClassMembership;
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
 * A presentation as the students of its class take part: which lesson and section is on the big
 * screen, whether their pages should follow it, and the question they may answer. A student sees
 * only their own class's presentation and never the right answer before the teacher reveals it.
 */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class StudentPresentations {

    private final PresentationRepository repository;
    private final ClassMembership membership;
    private final CurrentUser currentUser;
    private final LiveBus bus;
    private final LessonCatalog catalog;

    StudentPresentations(PresentationRepository repository, ClassMembership membership, CurrentUser currentUser, LiveBus bus,
            LessonCatalog catalog) {
        this.catalog = catalog;
        this.repository = repository;
        this.membership = membership;
        this.currentUser = currentUser;
        this.bus = bus;
    }

    /** What to listen to for the student's class (see {@link Presentations#classTopic}); empty without a class. */
    @Transactional(readOnly = true)
    public Optional<String> topic() {
        return membership.myClass().map(Presentations::classTopic);
    }

    /**
     * The presentation the student's class follows now, as the student sees it, a question's
     * choices in the locale's language when they were made in it; empty when there is none.
     */
    @Transactional(readOnly = true)
    public Optional<LivePresentation> current(Locale locale) {
        Optional<ClassId> myClass = membership.myClass();
        if (myClass.isEmpty()) {
            return Optional.empty();
        }
        return repository.runningFor(myClass.get()).map(p -> {
            Question question = p.question();
            LiveQuestion live = null;
            if (question != null) {
                Integer mine = repository.answerOf(p.id(), question.number(), me()).orElse(null);
                String worldType = p.program() == null ? null : catalog.lesson(p.lesson())
                        .flatMap(l -> l.exercise(p.program().exerciseId())).map(LessonExercise::world).orElse(null);
                live = question.revealed()
                        ? new LiveQuestion(question.number(), question.kind(), question.variable(), question.choicesIn(locale), question.worlds(),
                                worldType, mine, true, question.correct(), repository.tally(p.id(), question.number(), question.choices().size()))
                        : new LiveQuestion(question.number(), question.kind(), question.variable(), question.choicesIn(locale), question.worlds(),
                                worldType, mine, false, null, List.of());
            }
            return new LivePresentation(p.id(), p.version(), p.lesson(), p.section(), p.follow(), p.program() != null, live);
        });
    }

    /**
     * Answers the open question (again, if the student changes their mind).
     *
     * @return false when the question is no longer open (revealed, or another was asked): nothing stored
     * @throws IllegalArgumentException when the choice is not one of the question's
     */
    @Transactional
    public boolean answer(PresentationId id, int questionNumber, int choice) {
        Optional<ClassId> myClass = membership.myClass();
        Optional<Presentation> presentation = repository.lockShared(id)
                .filter(p -> !p.ended() && p.classId() != null && myClass.isPresent() && p.classId().equals(myClass.get()));
        Question question = presentation.map(Presentation::question).orElse(null);
        if (question == null || question.revealed() || question.number() != questionNumber) {
            return false;
        }
        if (choice < 0 || choice >= question.choices().size()) {
            throw new IllegalArgumentException("choice " + choice + " of a question with " + question.choices().size() + " choices");
        }
        repository.answer(id, questionNumber, me(), choice);
        bus.publish(new LiveMessage(Presentations.topic(id), "{\"answers\":" + questionNumber + "}"));
        return true;
    }

    /**
     * The presentation as a student sees it.
     *
     * @param onProgram a program is on the big screen (a student's page then shows the question, not a section)
     */
    public record LivePresentation(PresentationId id, long version, LessonId lesson, Section section, boolean follow, boolean onProgram,
            @Nullable LiveQuestion question) {
    }

    /**
     * A question as a student sees it.
     *
     * @param kind     what is asked
     * @param variable the variable asked about ({@link Question.Kind#VARIABLE})
     * @param worlds   the worlds to draw, as JSON, one per choice ({@link Question.Kind#WORLD})
     * @param worldType the type of those worlds (the program's exercise's world)
     * @param mine    the student's answer, if any
     * @param correct the right choice: only once revealed
     * @param tally   counts by choice: only once revealed
     */
    public record LiveQuestion(int number, Question.Kind kind, @Nullable String variable, List<String> choices, List<String> worlds,
            @Nullable String worldType, @Nullable Integer mine, boolean revealed, @Nullable Integer correct,
            List<Integer> tally) {
        public LiveQuestion {
            choices = List.copyOf(choices);
            worlds = List.copyOf(worlds);
            tally = List.copyOf(tally);
        }

        public boolean open() {
            return !revealed;
        }
    }

    private AccountId me() {
        return currentUser.get().map(SignedInUser::id).orElseThrow(() -> new IllegalStateException("not signed in"));
    }
}

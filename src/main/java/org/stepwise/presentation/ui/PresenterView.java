package org.stepwise.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.grading.TestCase;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.Section;
import org.stepwise.classroom.LiveClassPanel;
import org.stepwise.classroom.LiveClassPanels;
import org.stepwise.live.LiveBus;
import org.stepwise.playback.Playback;
import org.stepwise.playback.StepControls;
import org.stepwise.predict.NextStepQuestion;
import org.stepwise.predict.NextStepQuestions;
import org.stepwise.predict.WorldQuestions;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.PresentationId;
import org.stepwise.presentation.Presentations;
import org.stepwise.presentation.ProgramOnScreen;
import org.stepwise.presentation.Question;
import org.stepwise.security.AccountId;
import org.stepwise.security.Roles;

/**
 * The teacher's window (on the laptop): what the big screen shows and what comes next, the
 * teacher notes, a clock, the controls, the program to step through and the question about it,
 * and the class's progress. Every control is a button or a field (nothing only on hover), and the
 * keys of {@link PresentationFrame} work here as on the big screen.
 */
@Route(value = "present/:" + PresentationWindow.PRESENTATION, autoLayout = false)
@RolesAllowed(Roles.TEACHER)
public class PresenterView extends PresentationWindow {

    private final Span where = new Span();
    private final Span clock = new Span();
    private final Button previous = button("present.previous", "present-previous", VaadinIcon.ARROW_LEFT);
    private final Button next = button("present.next", "present-next", VaadinIcon.ARROW_RIGHT);
    private final Button blank = button("present.blank", "present-blank", VaadinIcon.EYE_SLASH);
    private final Button end = button("present.end", "present-end", VaadinIcon.STOP);
    private final Checkbox showNames = new Checkbox();
    private final Checkbox showClass = new Checkbox();
    private final Checkbox follow = new Checkbox();
    private final Div onScreen = new Div();
    private final Paragraph nextUp = new Paragraph();
    private final Paragraph endedNote = new Paragraph();
    private final Select<LessonExercise> exercise = new Select<>();
    private final Select<ProgramChoice> whose = new Select<>();
    private final Select<Integer> caseSelect = new Select<>();
    private final Button showProgram = button("present.program.show", "present-show-program", VaadinIcon.PLAY_CIRCLE);
    private final Button hideProgram = button("present.program.hide", "present-hide-program", VaadinIcon.PRESENTATION);
    private final Div programControls = new Div();
    private final StepControls stepControls = new StepControls();
    private final Button askNext = button("present.ask", "present-ask", VaadinIcon.QUESTION_CIRCLE);
    private final Button askVariable = button("present.ask-variable", "present-ask-variable", VaadinIcon.QUESTION_CIRCLE_O);
    private final Button askWorld = button("present.ask-world", "present-ask-world", VaadinIcon.PICTURE);
    private final Button reveal = button("present.reveal", "present-reveal", VaadinIcon.CHART);
    private final NextStepQuestions questions = NextStepQuestions.standard();
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private boolean playing;
    private @Nullable Registration pollRegistration;
    private final QuestionPanel question = new QuestionPanel();
    private final Paragraph questionNote = new Paragraph();
    private final Div classPanel = new Div();
    private final LiveClassPanels classPanels;
    private @Nullable LiveClassPanel livePanel;
    private @Nullable Section slideShown;
    private boolean programShown;
    /** The exercise whose programs and cases the selects list. */
    private @Nullable String choicesFor;

    PresenterView(Presentations presentations, ExerciseChecks checks, LiveBus bus, LiveClassPanels classPanels) {
        super(presentations, checks, bus, false);
        this.classPanels = classPanels;
        addClassName("stepwise-presenter");
    }

    /** A program the teacher may put on the big screen: the reference solution (no student) or a student's. */
    record ProgramChoice(@Nullable AccountId student, String label) {
    }

    @Override
    protected String titleKey() {
        return "present.presenter.title";
    }

    @Override
    protected void build(Presentation p, Lesson lesson) {
        removeAll();
        Locale locale = getLocale();
        PresentationId id = p.id();
        RouterLink back = new RouterLink(getTranslation("present.back-to-start"), PresentStartView.class);
        back.setId("present-back");
        H1 title = new H1(lesson.title().in(locale));
        title.setId("present-title");
        where.setId("present-where");
        clock.setId("present-clock");
        clock.addClassName("stepwise-clock");
        clock.getElement().setAttribute("aria-label", getTranslation("present.clock"));
        markClock(clock, p.startedAt().toEpochMilli());
        Anchor screen = new Anchor("present/" + id + "/screen", getTranslation("present.open-screen"));
        screen.setTarget(AnchorTarget.BLANK);
        screen.setId("present-open-screen");
        screen.addClassName("stepwise-button-link");
        Div header = new Div(back, title, where, clock, screen);
        header.addClassName("stepwise-presenter-header");

        previous.addClickListener(e -> act(Action.PREVIOUS));
        next.addClickListener(e -> act(Action.NEXT));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        blank.addClickListener(e -> act(Action.BLANK));
        Button fullscreen = button("present.fullscreen", "present-fullscreen", VaadinIcon.EXPAND_SQUARE);
        markFullscreenToggle(fullscreen);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> change(() -> presentations.end(id)));
        Div buttons = new Div(previous, next, blank, fullscreen, end);
        buttons.addClassName("stepwise-presenter-buttons");
        Paragraph keys = new Paragraph(getTranslation("present.keys"));
        keys.addClassName("stepwise-hint");
        keys.setId("present-keys");

        showNames.setLabel(getTranslation("present.show-names"));
        showNames.setId("present-show-names");
        showNames.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> presentations.setShowNames(id, e.getValue()));
            }
        });
        showClass.setLabel(getTranslation("present.show-class"));
        showClass.setId("present-show-class");
        showClass.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> presentations.setShowClass(id, e.getValue()));
            }
        });
        follow.setLabel(getTranslation("present.follow"));
        follow.setId("present-follow");
        follow.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> presentations.setFollow(id, e.getValue()));
            }
        });
        boolean hasClass = p.classId() != null;
        showClass.setEnabled(hasClass);
        follow.setEnabled(hasClass);
        showNames.setEnabled(hasClass);
        Div toggles = new Div(showNames, showClass, follow);
        toggles.addClassName("stepwise-presenter-toggles");
        if (!hasClass) {
            Paragraph noClass = new Paragraph(getTranslation("present.no-class"));
            noClass.addClassName("stepwise-hint");
            toggles.add(noClass);
        }

        H2 nowHeading = new H2(getTranslation("present.on-screen"));
        onScreen.setId("present-on-screen");
        onScreen.addClassName("stepwise-presenter-preview");
        nextUp.setId("present-next-up");
        H2 notesHeading = new H2(lesson.section(Section.TEACHER_NOTES, locale).heading());
        Div notes = SectionSlide.prose(lesson.section(Section.TEACHER_NOTES, locale).markdown());
        notes.setId("present-notes");
        Div left = new Div(nowHeading, onScreen, nextUp, notesHeading, notes);
        left.addClassName("stepwise-presenter-left");

        classPanel.removeAll();
        livePanel = p.classId() == null ? null : classPanels.create(p.classId(), LiveClassPanel.Look.PRESENTER);
        if (livePanel != null) {
            classPanel.add(livePanel);
            // a student's check may bring a program to show: the list of programs is read again
            livePanel.addUpdateListener(() -> fillChoices(exercise.getValue()));
        }
        Div right = new Div(programPicker(p, lesson), programControls, classPanel);
        right.addClassName("stepwise-presenter-right");
        endedNote.setId("present-ended");
        endedNote.setText(getTranslation("present.ended"));
        endedNote.addClassName("stepwise-problem");
        Div columns = new Div(left, right);
        columns.addClassName("stepwise-presenter-columns");
        add(header, endedNote, buttons, keys, toggles, columns);
        slideShown = null;
        programShown = false;
    }

    private Div programPicker(Presentation p, Lesson lesson) {
        Locale locale = getLocale();
        PresentationId id = p.id();
        H2 heading = new H2(getTranslation("present.program.heading"));
        exercise.setId("present-exercise");
        exercise.setLabel(getTranslation("present.program.exercise"));
        exercise.setItems(lesson.exercises());
        exercise.setItemLabelGenerator(e -> e.title().in(locale));
        whose.setId("present-whose");
        whose.setLabel(getTranslation("present.program.whose"));
        whose.setItemLabelGenerator(ProgramChoice::label);
        caseSelect.setId("present-case");
        caseSelect.setLabel(getTranslation("present.program.case"));
        exercise.addValueChangeListener(e -> fillChoices(e.getValue()));
        showProgram.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showProgram.addClickListener(e -> {
            LessonExercise chosen = exercise.getValue();
            ProgramChoice program = whose.getValue();
            Integer caseIndex = caseSelect.getValue();
            if (chosen != null && program != null && caseIndex != null) {
                change(() -> presentations.showProgram(id, chosen.id(), program.student(), caseIndex));
            }
        });
        hideProgram.addClickListener(e -> change(() -> presentations.hideProgram(id)));
        if (!lesson.exercises().isEmpty()) {
            exercise.setValue(lesson.exercises().getFirst());
        }
        Div picker = new Div(heading, exercise, whose, caseSelect, showProgram, hideProgram);
        picker.addClassName("stepwise-presenter-program");
        stepControls.addStepListener(() -> act(Action.NEXT));
        stepControls.addStepBackListener(() -> act(Action.PREVIOUS));
        stepControls.addResetListener(() -> {
            pause();
            act(Action.FIRST);
        });
        stepControls.addRunListener(this::play);
        stepControls.addPauseListener(this::pause);
        stepControls.addSpeedListener(millis -> {
            if (playing) {
                getUI().ifPresent(ui -> ui.setPollInterval(millis));
            }
        });
        askNext.addClickListener(e -> askNextStep());
        askVariable.addClickListener(e -> askAboutVariable());
        askWorld.addClickListener(e -> askAboutWorld());
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> change(() -> presentations.reveal(presentation().id())));
        questionNote.setId("present-question-note");
        Div asking = new Div(askNext, askVariable, askWorld, reveal);
        asking.addClassName("stepwise-presenter-asking");
        programControls.removeAll();
        programControls.add(stepControls, asking, questionNote, question);
        programControls.addClassName("stepwise-presenter-stepping");
        return picker;
    }

    private void fillChoices(@Nullable LessonExercise chosen) {
        if (chosen == null) {
            whose.setItems(List.of());
            caseSelect.setItems(List.of());
            return;
        }
        List<ProgramChoice> programs = new ArrayList<>();
        if (chosen.grading().solution() != null) {
            programs.add(new ProgramChoice(null, getTranslation("present.program.reference")));
        }
        for (RosterStudent s : presentations.studentsWithPrograms(presentation().id(), chosen.id())) {
            programs.add(new ProgramChoice(s.id(), s.displayName()));
        }
        boolean same = chosen.id().equals(choicesFor);
        choicesFor = chosen.id();
        ProgramChoice before = same ? whose.getValue() : null;
        whose.setItems(programs);
        programs.stream().filter(c -> before != null && Objects.equals(c.student(), before.student())).findFirst()
                .or(() -> programs.stream().findFirst()).ifPresent(whose::setValue);
        Integer caseBefore = same ? caseSelect.getValue() : null;
        List<Integer> visible = new ArrayList<>();
        List<TestCase> cases = chosen.grading().cases();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).visible()) {
                visible.add(i);
            }
        }
        caseSelect.setItems(visible);
        caseSelect.setItemLabelGenerator(i -> cases.get(i).name());
        visible.stream().filter(i -> i.equals(caseBefore)).findFirst().or(() -> visible.stream().findFirst()).ifPresent(caseSelect::setValue);
    }

    @Override
    protected void render(Presentation p, Lesson lesson) {
        Locale locale = getLocale();
        endedNote.setVisible(p.ended());
        for (Button b : List.of(previous, next, blank, end, showProgram, hideProgram)) {
            b.setEnabled(!p.ended());
        }
        blank.setText(getTranslation(p.blank() ? "present.unblank" : "present.blank"));
        showNames.setValue(p.showNames());
        if (livePanel != null && livePanel.isShowNames() != p.showNames()) {
            livePanel.setShowNames(p.showNames());
        }
        showClass.setValue(p.showClass());
        follow.setValue(p.follow());
        ProgramOnScreen program = p.program();
        hideProgram.setVisible(program != null);
        if (program != null) {
            where.setText(getTranslation("present.where.program"));
            if (!programShown) {
                onScreen.removeAll();
                onScreen.add(programScreen);
                programShown = true;
                slideShown = null;
            }
            programScreen.show(p, lesson, studentOnScreen(p));
            nextUp.setText(getTranslation("present.next-up.program"));
        } else {
            where.setText(getTranslation("present.where.section", p.sectionIndex() + 1, Presentation.SECTIONS.size()));
            if (slideShown != p.section()) {
                onScreen.removeAll();
                onScreen.add(new SectionSlide(lesson, p.section(), locale));
                slideShown = p.section();
                programShown = false;
            }
            Section after = p.nextSection();
            nextUp.setText(after == null ? getTranslation("present.next-up.none")
                    : getTranslation("present.next-up", lesson.section(after, locale).heading()));
        }
        previous.setEnabled(!p.ended() && (program != null || p.sectionIndex() > 0));
        renderProgramControls(p);
    }

    /** The stepping buttons and the question, while a program is on screen. */
    private void renderProgramControls(Presentation p) {
        programControls.setVisible(p.program() != null && !p.ended());
        if (p.program() == null || p.ended()) {
            pause();
        } else {
            int last = lastStep();
            stepControls.showPosition(p.program().position() < 0, p.program().position() >= last);
            if (p.program().position() >= last) {
                pause();
            }
        }
        Question q = p.question();
        boolean asked = q != null && p.program() != null && q.position() == p.program().position();
        question.setVisible(asked);
        reveal.setVisible(asked && !q.revealed());
        if (asked) {
            question.show(q, presentations.tally(p.id()), worldOf(p));
            questionNote.setText(q.revealed() ? getTranslation("present.question.after-reveal")
                    : getTranslation("present.question.for-teacher", Question.letter(q.correct())));
        }
        ProgramOnScreen program = p.program();
        Playback run = playback().orElse(null);
        boolean canAsk = !asked && program != null && run != null && p.classId() != null && !p.ended();
        askNext.setVisible(canAsk);
        askVariable.setVisible(false);
        askWorld.setVisible(false);
        if (!asked) {
            questionNote.setText(p.classId() == null ? getTranslation("present.question.no-class") : "");
        }
        if (canAsk) {
            Optional<NextStepQuestions.NoQuestion> why = questions.whyNot(run.watched(), program.position(), programScreen.workspaceJson());
            askNext.setEnabled(why.isEmpty());
            why.ifPresent(reason -> questionNote.setText(getTranslation(reason == NextStepQuestions.NoQuestion.END_OF_RUN
                    ? "present.question.end-of-run" : "present.question.one-kind")));
            askWorld.setVisible(WorldQuestions.ask(run.watched(), program.position()).isPresent());
            questions.askVariable(run.watched(), program.position(), programScreen.workspaceJson()).ifPresent(v -> {
                askVariable.setText(getTranslation("present.ask-variable", v.variable()));
                askVariable.setVisible(true);
            });
        }
    }

    private void askNextStep() {
        Presentation p = presentation();
        Playback run = playback().orElse(null);
        if (p.program() == null || run == null) {
            return;
        }
        int position = p.program().position();
        String program = programScreen.workspaceJson();
        questions.ask(run.watched(), position, program, getLocale()).ifPresent(q -> {
            Question.Draft draft = Question.Draft.blocks(labels(q), q.correct());
            for (Locale other : otherLanguages()) {
                // the same blocks in the same order in every language (NextStepQuestions' promise), checked here
                Optional<NextStepQuestion> there = questions.ask(run.watched(), position, program, other);
                if (there.isPresent() && there.get().correct() == q.correct() && there.get().choices().size() == q.choices().size()) {
                    draft = draft.in(other.getLanguage(), labels(there.get()));
                }
            }
            Question.Draft asked = draft;
            change(() -> presentations.ask(p.id(), asked));
        });
    }

    private void askAboutWorld() {
        Presentation p = presentation();
        Playback run = playback().orElse(null);
        if (p.program() == null || run == null) {
            return;
        }
        Locale locale = getLocale();
        WorldQuestions.ask(run.watched(), p.program().position()).ifPresent(q -> {
            Question.Draft draft = Question.Draft.worlds(q.choices().stream().map(w -> w.describe().render(locale)).toList(),
                    q.choices().stream().map(w -> JSON.writeValueAsString(w.toJson())).toList(), q.correct());
            for (Locale other : otherLanguages()) {
                draft = draft.in(other.getLanguage(), q.choices().stream().map(w -> w.describe().render(other)).toList());
            }
            Question.Draft asked = draft;
            change(() -> presentations.ask(p.id(), asked));
        });
    }

    private static List<String> labels(NextStepQuestion question) {
        return question.choices().stream().map(NextStepQuestion.Choice::label).toList();
    }

    /** The app's languages other than this window's: a question's choices are made in each, for students' pages. */
    private List<Locale> otherLanguages() {
        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<Locale> languages = i18n == null ? List.of() : i18n.getProvidedLocales();
        return languages.stream().filter(l -> !l.getLanguage().equals(getLocale().getLanguage())).toList();
    }

    private void askAboutVariable() {
        Presentation p = presentation();
        Playback run = playback().orElse(null);
        if (p.program() == null || run == null) {
            return;
        }
        questions.askVariable(run.watched(), p.program().position(), programScreen.workspaceJson())
                .ifPresent(q -> change(() -> presentations.ask(p.id(), Question.Draft.variable(q.variable(), q.choices(), q.correct()))));
    }

    /** Runs the program on the big screen at the chosen speed: one step each tick, from this window. */
    private void play() {
        if (presentation().program() == null || presentation().program().position() >= lastStep()) {
            return;
        }
        playing = true;
        stepControls.showPlaying(true);
        getUI().ifPresent(ui -> ui.setPollInterval(stepControls.stepMillis()));
    }

    private void pause() {
        if (playing) {
            playing = false;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        stepControls.showPlaying(false);
    }

    private void tick() {
        if (playing) {
            act(Action.NEXT);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pollRegistration = event.getUI().addPollListener(e -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    protected void answersChanged() {
        renderProgramControls(presentation());
    }

    private Button button(String key, String id, VaadinIcon icon) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        b.setTooltipText(getTranslation(key + ".tooltip"));
        return b;
    }
}

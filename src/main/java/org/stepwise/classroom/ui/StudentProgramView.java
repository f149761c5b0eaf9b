package org.stepwise.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.ClassProgress;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.StudentProgram;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.Playback;
import org.stepwise.grading.TestCase;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.program.Outcome;
import org.stepwise.program.ProgramException;
import org.stepwise.program.Trace;
import org.stepwise.program.WorldState;
import org.stepwise.security.AccountId;
import org.stepwise.security.Roles;
import org.stepwise.stage.WorldStage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A student's latest saved program on an exercise, for their teacher: shown read-only in the block
 * workspace, and stepped through on any visible case with the stage, the variables, what it printed
 * and a step log, as in the exercise view. Nothing here changes the student's work. A class that is
 * not the teacher's, a student not on its roster, or an exercise that does not exist is "not found".
 *
 * <p>The exercise view's step controls, variables panel and step log are private to the exercise
 * module, so this view composes its own from the public parts: {@link BlocklyWorkspace},
 * {@link WorldStage}, {@link ExerciseChecks#watch} and {@link Playback}.
 */
@Route("teacher/classes/:" + StudentProgramView.CLASS_ID + "/students/:" + StudentProgramView.STUDENT_ID + "/:"
        + StudentProgramView.LESSON + "/:" + StudentProgramView.EXERCISE)
@RolesAllowed(Roles.TEACHER)
public class StudentProgramView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLASS_ID = "classId";
    static final String STUDENT_ID = "studentId";
    static final String LESSON = "lesson";
    static final String EXERCISE = "exercise";
    /** Milliseconds between two steps while running. */
    static final int RUN_MILLIS = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Classrooms classrooms;
    private final ClassProgress progress;
    private final LessonCatalog catalog;
    private final ExerciseChecks checks;

    private final BlocklyWorkspace workspace = new BlocklyWorkspace();
    private final WorldStage stage = new WorldStage();
    private final Select<Integer> caseSelect = new Select<>();
    private final Button reset = button("exercise.reset", "reset", VaadinIcon.REFRESH);
    private final Button back = button("exercise.back", "step-back", VaadinIcon.STEP_BACKWARD);
    private final Button step = button("exercise.step", "step", VaadinIcon.STEP_FORWARD);
    private final Button run = button("exercise.run", "run", VaadinIcon.PLAY);
    private final Button pause = button("exercise.pause", "pause", VaadinIcon.PAUSE);
    private final Span position = new Span();
    private final DescriptionList variables = new DescriptionList();
    private final Paragraph noVariables = new Paragraph();
    private final Pre printed = new Pre();
    private final OrderedList log = new OrderedList();
    private final Span announce = new Span();
    private final Paragraph programProblem = new Paragraph();

    private @Nullable SchoolClass schoolClass;
    private @Nullable RosterStudent student;
    private @Nullable Lesson lesson;
    private @Nullable LessonExercise exercise;
    private @Nullable ExerciseKey key;
    private String workspaceJson = "";
    private int caseIndex;
    private @Nullable Playback playback;
    private boolean playing;
    private @Nullable Registration pollRegistration;

    StudentProgramView(Classrooms classrooms, ClassProgress progress, LessonCatalog catalog, ExerciseChecks checks) {
        this.classrooms = classrooms;
        this.progress = progress;
        this.catalog = catalog;
        this.checks = checks;
        addClassName("stepwise-exercise");
        addClassName("stepwise-student-program");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        String lessonId = parameters.get(LESSON).orElse("");
        String exerciseId = parameters.get(EXERCISE).orElse("");
        try {
            ClassId classId = new ClassId(UUID.fromString(parameters.get(CLASS_ID).orElse("")));
            AccountId studentId = new AccountId(UUID.fromString(parameters.get(STUDENT_ID).orElse("")));
            Optional<Lesson> foundLesson = LessonId.isValid(lessonId) ? catalog.lesson(new LessonId(lessonId)) : Optional.empty();
            Optional<LessonExercise> foundExercise = foundLesson.flatMap(l -> l.exercise(exerciseId));
            SchoolClass theClass = classrooms.get(classId); // refuses another teacher's class
            Optional<RosterStudent> onRoster = classrooms.roster(classId).stream().filter(s -> s.id().equals(studentId)).findFirst();
            if (foundExercise.isEmpty() || onRoster.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            ExerciseKey exerciseKey = new ExerciseKey(lessonId, exerciseId);
            Optional<StudentProgram> program = progress.latestProgram(classId, studentId, exerciseKey);
            schoolClass = theClass;
            student = onRoster.get();
            lesson = foundLesson.get();
            exercise = foundExercise.get();
            key = exerciseKey;
            build(program);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        if (student == null || exercise == null) {
            return getTranslation("app.name");
        }
        return getTranslation("teacher.program.heading", student.displayName(), exercise.title().in(getLocale())) + " · "
                + getTranslation("app.name");
    }

    // ---- layout --------------------------------------------------------------------------------

    private void build(Optional<StudentProgram> program) {
        removeAll();
        Locale locale = getLocale();
        LessonExercise ex = exercise();
        RouterLink toClass = new RouterLink(getTranslation("teacher.program.back", schoolClass().name()), ClassView.class,
                new RouteParameters(Map.of(ClassView.CLASS_ID, schoolClass().id().toString())));
        toClass.setId("back-to-class");
        H1 title = new H1(getTranslation("teacher.program.heading", student().displayName(), ex.title().in(locale)));
        title.setId("program-heading");
        Paragraph facts = new Paragraph();
        facts.setId("program-facts");
        facts.addClassName("stepwise-facts");
        add(toClass, title, facts);
        if (program.isEmpty()) {
            facts.setText(getTranslation("teacher.program.none", student().displayName(), lesson().title().in(locale)));
            return;
        }
        facts.setText(getTranslation("teacher.program.saved", lesson().title().in(locale),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .withZone(ZoneId.systemDefault()).format(program.get().savedAt())));
        Paragraph readOnly = new Paragraph(getTranslation("teacher.program.read-only"));
        readOnly.addClassName("stepwise-hint");
        add(readOnly);
        workspaceJson = program.get().workspaceJson();

        workspace.setId("workspace");
        workspace.setLanguage(locale);
        workspace.setToolbox(ex.toolbox());
        workspace.setEditable(false);
        workspace.setWorkspace(workspaceJson);
        workspace.getElement().setAttribute("aria-label", getTranslation("teacher.program.workspace", student().displayName()));
        programProblem.setId("program-problem");
        programProblem.addClassName("stepwise-problem");
        programProblem.setVisible(false);
        Div left = new Div(workspace, programProblem);
        left.addClassName("stepwise-exercise-left");

        caseSelect.setId("case");
        caseSelect.setWidthFull();
        caseSelect.setLabel(getTranslation("exercise.case"));
        List<Integer> visible = new ArrayList<>();
        List<TestCase> cases = ex.grading().cases();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).visible()) {
                visible.add(i);
            }
        }
        caseSelect.setItems(visible);
        caseSelect.setItemLabelGenerator(i -> cases.get(i).name());
        caseIndex = visible.isEmpty() ? 0 : visible.getFirst();
        caseSelect.setValue(caseIndex);
        caseSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                watchCase(e.getValue());
            }
        });
        stage.setId("stage");
        stage.setLocale(locale);
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.addClickListener(e -> reset());
        back.addClickListener(e -> stepBack());
        step.addClickListener(e -> stepForward());
        run.addClickListener(e -> play());
        pause.addClickListener(e -> pause());
        HorizontalLayout controls = new HorizontalLayout(reset, back, step, run, pause);
        controls.addClassName("stepwise-step-controls");
        controls.setWrap(true);
        position.setId("position");
        position.addClassName("stepwise-position");
        Div variablesBox = new Div(new H3(getTranslation("exercise.variables")), noVariables, variables);
        variablesBox.addClassName("stepwise-variables");
        variablesBox.setId("variables");
        noVariables.setText(getTranslation("exercise.variables.none"));
        variables.getElement().setAttribute("aria-label", getTranslation("exercise.variables"));
        printed.setId("printed");
        printed.addClassName("stepwise-printed");
        H3 logHeading = new H3(getTranslation("exercise.log"));
        logHeading.setId("step-log-heading");
        log.setId("step-log");
        log.getElement().setAttribute("aria-labelledby", "step-log-heading");
        announce.setId("step-live");
        announce.addClassName("stepwise-visually-hidden");
        announce.getElement().setAttribute("aria-live", "polite");
        announce.getElement().setAttribute("role", "status");
        Div logBox = new Div(logHeading, log, announce);
        logBox.addClassName("stepwise-step-log");
        Div right = new Div(caseSelect, stage, controls, position, variablesBox, new H3(getTranslation("exercise.printed")), printed, logBox);
        right.addClassName("stepwise-exercise-right");

        Div main = new Div(left, right);
        main.addClassName("stepwise-exercise-main");
        add(main);
        showStart();
    }

    private Button button(String textKey, String id, VaadinIcon icon) {
        Button b = new Button(getTranslation(textKey), icon.create());
        b.setId(id);
        b.setTooltipText(getTranslation(textKey + ".tooltip"));
        return b;
    }

    // ---- stepping ------------------------------------------------------------------------------

    private void watchCase(int index) {
        caseIndex = index;
        caseSelect.setValue(index);
        pause();
        playback = null;
        showStart();
    }

    private void showStart() {
        WorldState start = checks.startOf(key(), lesson().version(), exercise().grading(), caseIndex);
        workspace.highlight(null);
        stage.show(exercise().world(), json(start), start.describe().render(getLocale()));
        showVariables(List.of(), List.of());
        printed.setText("");
        log.removeAll();
        announce.setText("");
        position.setText(getTranslation("exercise.position.ready"));
        showButtons(true, false);
    }

    /** The playback of the program on the chosen case, made when first needed; null when the program cannot run. */
    private @Nullable Playback playback() {
        if (playback == null) {
            try {
                playback = checks.watch(key(), lesson().version(), exercise().grading(), workspaceJson.isBlank() ? "{}" : workspaceJson, caseIndex);
                programProblem.setVisible(false);
            } catch (ProgramException e) {
                programProblem.setText(e.problem().render(getLocale()));
                programProblem.setVisible(true);
                workspace.highlight(e.blockId());
            }
        }
        return playback;
    }

    private void stepForward() {
        Playback p = playback();
        if (p != null && p.forward()) {
            showStep(p);
            addLine(stepLine(p));
            if (p.atEnd()) {
                finished(p);
            }
        }
    }

    private void stepBack() {
        Playback p = playback;
        if (p != null && p.back()) {
            showStep(p);
            if (log.getComponentCount() > 0) {
                log.remove(log.getComponentAt(log.getComponentCount() - 1));
            }
            announce.setText(p.atStart() ? getTranslation("exercise.position.ready") : stepLine(p));
        }
    }

    private void reset() {
        pause();
        Playback p = playback;
        if (p != null) {
            p.reset();
            showStep(p);
            log.removeAll();
            announce.setText(getTranslation("exercise.position.ready"));
        }
    }

    private void play() {
        Playback p = playback();
        if (p == null || p.atEnd()) {
            return;
        }
        playing = true;
        run.setVisible(false);
        pause.setVisible(true);
        getUI().ifPresent(ui -> ui.setPollInterval(RUN_MILLIS));
    }

    private void pause() {
        playing = false;
        run.setVisible(true);
        pause.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void poll() {
        if (playing) {
            stepForward();
            Playback p = playback;
            if (p == null || p.atEnd()) {
                pause();
            }
        }
    }

    private void showStep(Playback p) {
        Locale locale = getLocale();
        WorldState world = p.world();
        workspace.highlight(p.blockId());
        stage.show(exercise().world(), json(world), world.describe().render(locale));
        showVariables(p.variables(), p.changedVariables());
        printed.setText(String.join("\n", p.printed()));
        position.setText(p.atStart() ? getTranslation("exercise.position.ready")
                : getTranslation(p.truncated() ? "exercise.position.step-truncated" : "exercise.position.step", p.position() + 1, p.size()));
        showButtons(p.atStart(), p.atEnd());
    }

    private void showButtons(boolean atStart, boolean atEnd) {
        back.setEnabled(!atStart);
        reset.setEnabled(!atStart);
        step.setEnabled(!atEnd);
        run.setEnabled(!atEnd);
        run.setVisible(!playing);
        pause.setVisible(playing);
    }

    private void showVariables(List<Trace.Variable> now, List<Trace.Variable> changed) {
        variables.removeAll();
        noVariables.setVisible(now.isEmpty());
        for (Trace.Variable v : now) {
            DescriptionList.Term term = new DescriptionList.Term(v.name());
            DescriptionList.Description value = new DescriptionList.Description(v.value());
            if (changed.contains(v)) {
                term.addClassName("changed");
                value.addClassName("changed");
            }
            variables.add(term, value);
        }
    }

    private void addLine(String line) {
        log.add(new ListItem(line));
        announce.setText(line);
    }

    /** The step just done in words: the world, what changed, what was printed. */
    private String stepLine(Playback p) {
        Locale locale = getLocale();
        StringBuilder line = new StringBuilder(getTranslation("exercise.log.step", p.position() + 1, p.world().describe().render(locale)));
        for (Trace.Variable v : p.changedVariables()) {
            line.append(' ').append(getTranslation("exercise.log.variable", v.name(), v.value()));
        }
        for (String out : p.printedByThisStep()) {
            line.append(' ').append(getTranslation("exercise.log.printed", out));
        }
        return line.toString();
    }

    private void finished(Playback p) {
        Locale locale = getLocale();
        var verdict = p.verdict();
        String text = getTranslation(verdict.outcome() == Outcome.SUCCESS ? "exercise.end.passed" : "exercise.end.failed",
                verdict.message().render(locale));
        if (p.truncated()) {
            text += " " + getTranslation("exercise.end.truncated", p.size());
        }
        addLine(text);
        if (verdict.blockId() != null && verdict.outcome() != Outcome.SUCCESS) {
            workspace.highlight(verdict.blockId());
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pollRegistration = attachEvent.getUI().addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    private static String json(WorldState state) {
        return JSON.writeValueAsString(state.toJson());
    }

    private SchoolClass schoolClass() {
        return Objects.requireNonNull(schoolClass);
    }

    private RosterStudent student() {
        return Objects.requireNonNull(student);
    }

    private Lesson lesson() {
        return Objects.requireNonNull(lesson);
    }

    private LessonExercise exercise() {
        return Objects.requireNonNull(exercise);
    }

    private ExerciseKey key() {
        return Objects.requireNonNull(key);
    }
}

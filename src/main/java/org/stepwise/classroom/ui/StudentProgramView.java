package org.stepwise.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.playback.CaseSelect;
import org.stepwise.playback.Playback;
import org.stepwise.playback.PlaybackPanel;
import org.stepwise.playback.ProgramProblem;
import org.stepwise.playback.StepControls;
import org.stepwise.playback.Stepper;
import org.stepwise.security.AccountId;
import org.stepwise.security.Roles;
import org.stepwise.stage.WorldStage;

/**
 * A student's latest saved program on an exercise, for their teacher: shown read-only in the block
 * workspace, and stepped through on any visible case with the stage, the variables, what it printed
 * and a step log, as in the exercise view. Nothing here changes the student's work. A class that is
 * not the teacher's, a student not on its roster, or an exercise that does not exist is "not found".
 *
 * <p>Stepping uses the same parts as the exercise view: {@link ExerciseChecks#watch} makes the
 * {@link Playback}, {@link StepControls} move it, {@link PlaybackPanel} shows it.
 */
@Route("teacher/classes/:" + StudentProgramView.CLASS_ID + "/students/:" + StudentProgramView.STUDENT_ID + "/:"
        + StudentProgramView.LESSON + "/:" + StudentProgramView.EXERCISE)
@RolesAllowed(Roles.TEACHER)
public class StudentProgramView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLASS_ID = "classId";
    static final String STUDENT_ID = "studentId";
    static final String LESSON = "lesson";
    static final String EXERCISE = "exercise";

    private final Classrooms classrooms;
    private final ClassProgress progress;
    private final LessonCatalog catalog;
    private final ExerciseChecks checks;

    private final BlocklyWorkspace workspace = new BlocklyWorkspace();
    private final WorldStage stage = new WorldStage();
    private final CaseSelect caseSelect = new CaseSelect();
    private final StepControls controls = new StepControls();
    private final PlaybackPanel playbackPanel = new PlaybackPanel(stage, workspace);
    private final Stepper stepper = new Stepper(controls, playbackPanel, this::makePlayback);
    private final ProgramProblem programProblem = new ProgramProblem(workspace);

    private @Nullable SchoolClass schoolClass;
    private @Nullable RosterStudent student;
    private @Nullable Lesson lesson;
    private @Nullable LessonExercise exercise;
    private @Nullable ExerciseKey key;
    private String workspaceJson = "";
    private @Nullable Registration pollRegistration;

    StudentProgramView(Classrooms classrooms, ClassProgress progress, LessonCatalog catalog, ExerciseChecks checks) {
        this.classrooms = classrooms;
        this.progress = progress;
        this.catalog = catalog;
        this.checks = checks;
        addClassName("stepwise-exercise");
        addClassName("stepwise-student-program");
        caseSelect.addCaseChosenListener(this::watchCase);
        stepper.addChangeListener(() -> getUI().ifPresent(ui -> ui.setPollInterval(stepper.isPlaying() ? stepper.stepMillis() : -1)));
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
        Div left = new Div(workspace, programProblem);
        left.addClassName("stepwise-exercise-left");

        caseSelect.setCases(ex.grading().cases());
        stage.setId("stage");
        stage.setLocale(locale);
        playbackPanel.setWorldType(ex.world());
        Div right = new Div(caseSelect, stage, controls, playbackPanel);
        right.addClassName("stepwise-exercise-right");

        Div main = new Div(left, right);
        main.addClassName("stepwise-exercise-main");
        add(main);
        showStart();
    }

    // ---- stepping ------------------------------------------------------------------------------

    private void watchCase(int index) {
        caseSelect.setValue(index);
        showStart();
    }

    /** Forgets the playback and shows the chosen case as it starts. */
    private void showStart() {
        stepper.showStart(checks.startOf(key(), lesson().version(), exercise().grading(), caseSelect.caseIndex()));
    }

    /** The playback of the program on the chosen case; null, with the problem shown, when the program cannot run. */
    private @Nullable Playback makePlayback() {
        String program = workspaceJson.isBlank() ? "{}" : workspaceJson;
        return programProblem.watch(() -> checks.watch(key(), lesson().version(), exercise().grading(), program, caseSelect.caseIndex()));
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pollRegistration = attachEvent.getUI().addPollListener(e -> stepper.tick());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
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

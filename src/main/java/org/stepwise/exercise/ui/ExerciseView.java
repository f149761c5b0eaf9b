package org.stepwise.exercise.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.exercise.CheckEffort;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.SavedWorkspace;
import org.stepwise.exercise.StudentWork;
import org.stepwise.exercise.WorkspaceConflictException;
import org.stepwise.exercise.WorkspaceTooLargeException;
import org.stepwise.grading.Grade;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.LessonText;
import org.stepwise.playback.CaseSelect;
import org.stepwise.playback.Playback;
import org.stepwise.playback.PlaybackPanel;
import org.stepwise.playback.ProgramProblem;
import org.stepwise.playback.StepControls;
import org.stepwise.playback.StepLog;
import org.stepwise.playback.Stepper;
import org.stepwise.stage.WorldStage;

/**
 * An exercise: the block workspace with exactly the exercise's toolbox, the stage that draws the
 * world, stepping controls, the variables, a step log read out to screen readers, a check against
 * every case, and hints. Thin: running, grading and saving are {@link ExerciseChecks}' and
 * {@link StudentWork}'s; this class wires them to the components.
 *
 * <p>A signed-in student's program is saved on every edit, over the version this view loaded or
 * last saved. When the exercise was saved meanwhile in another tab or on another computer, this
 * view stops saving, keeps its program on screen and asks which one to keep
 * ({@link SaveConflictBanner}).
 */
@Route("lessons/:lesson/:exercise")
@AnonymousAllowed
public class ExerciseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String LESSON = "lesson";
    static final String EXERCISE = "exercise";
    /** How long to wait before saving again after a failed save. */
    static final int RETRY_MILLIS = 5_000;

    private final LessonCatalog catalog;
    private final ExerciseChecks checks;
    private final StudentWork work;

    private @Nullable Lesson lesson;
    private @Nullable LessonExercise exercise;
    private @Nullable ExerciseKey key;

    final BlocklyWorkspace workspace = new BlocklyWorkspace();
    final WorldStage stage = new WorldStage();
    final StepControls controls = new StepControls();
    final PlaybackPanel playbackPanel = new PlaybackPanel(stage, workspace);
    final Stepper stepper = new Stepper(controls, playbackPanel, this::makePlayback);
    final ProgramProblem programProblem = new ProgramProblem(workspace);
    final Span position = playbackPanel.position();
    final StepLog log = playbackPanel.log();
    final ResultsPanel results = new ResultsPanel(this::watchCase);
    final SaveStatus saveStatus = new SaveStatus();
    final SaveConflictBanner conflictBanner = new SaveConflictBanner(this::keepThisOne, this::loadTheOther);
    final CaseSelect caseSelect = new CaseSelect();
    final Span blocksUsed = new Span();

    private @Nullable HintsPanel hints;

    private String workspaceJson = "";
    private @Nullable String unsavedJson;
    /** The version of the saved workspace this view loaded or last saved; 0 when there was none. */
    private long savedVersion;
    /** The version saved elsewhere that this view's save ran into; -1 while there is no conflict. */
    private long conflictingVersion = -1;
    private Instant openedAt = Instant.now();
    private boolean retryingSave;
    private @Nullable Registration pollRegistration;

    ExerciseView(LessonCatalog catalog, ExerciseChecks checks, StudentWork work) {
        this.catalog = catalog;
        this.checks = checks;
        this.work = work;
        addClassName("stepwise-exercise");
        caseSelect.addCaseChosenListener(this::watchCase);
        stepper.addChangeListener(this::stepperChanged);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        String lessonId = parameters.get(LESSON).orElse("");
        String exerciseId = parameters.get(EXERCISE).orElse("");
        Optional<Lesson> found = LessonId.isValid(lessonId) ? catalog.lesson(new LessonId(lessonId)) : Optional.empty();
        Optional<LessonExercise> foundExercise = found.flatMap(l -> l.exercise(exerciseId));
        if (foundExercise.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        lesson = found.get();
        exercise = foundExercise.get();
        key = new ExerciseKey(lessonId, exerciseId);
        build(lesson, exercise);
    }

    @Override
    public String getPageTitle() {
        if (lesson == null || exercise == null) {
            return getTranslation("app.name");
        }
        Locale locale = getLocale();
        return exercise.title().in(locale) + " · " + lesson.title().in(locale) + " · " + getTranslation("app.name");
    }

    // ---- layout --------------------------------------------------------------------------------

    private void build(Lesson lesson, LessonExercise exercise) {
        removeAll();
        Locale locale = getLocale();
        Anchor back = new Anchor("lessons/" + lesson.id().value(), lesson.title().in(locale));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-lesson");
        H1 title = new H1(exercise.title().in(locale));
        Html instructions = new Html("<div class=\"stepwise-prose\">" + LessonText.toSafeHtml(exercise.instructions().in(locale)) + "</div>");
        Div header = new Div(back, title, instructions, saveStatus);
        header.addClassName("stepwise-exercise-header");

        workspace.setId("workspace");
        workspace.setLanguage(locale);
        workspace.setToolbox(exercise.toolbox());
        workspace.setBlockLimit(exercise.blockLimit());
        workspace.addWorkspaceChangeListener(e -> workspaceChanged(e.getWorkspaceJson(), e.getBlockCount()));
        workspace.addBlockCountChangeListener(e -> showBlocksUsed(e.getBlockCount()));
        blocksUsed.setId("blocks-used");
        showBlocksUsed(0);
        Button check = new Button(getTranslation("exercise.check"), VaadinIcon.CHECK.create(), e -> check());
        check.setId("check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        HintsPanel hints = new HintsPanel(exercise.hints().stream().map(h -> h.in(locale)).toList());
        this.hints = hints;
        Div checkRow = new Div(check, blocksUsed);
        checkRow.addClassName("stepwise-check-row");
        Div left = new Div(conflictBanner, workspace, programProblem, checkRow, hints, results);
        left.addClassName("stepwise-exercise-left");

        caseSelect.setCases(exercise.grading().cases());
        stage.setId("stage");
        stage.setLocale(locale);
        playbackPanel.setWorldType(exercise.world());
        Div right = new Div(caseSelect, stage, controls, playbackPanel);
        right.addClassName("stepwise-exercise-right");

        Div main = new Div(left, right);
        main.addClassName("stepwise-exercise-main");
        add(header, main);

        restoreWork(exercise);
        stopWatching();
        openedAt = Instant.now();
    }

    private void restoreWork(LessonExercise exercise) {
        String start = exercise.startBlocks() == null ? "" : exercise.startBlocks();
        if (work.savesOnServer()) {
            workspace.setLocalStorageKey(null); // shared school machines: a signed-in student's work is not left in the browser
            Optional<SavedWorkspace> saved = work.load(key());
            workspaceJson = saved.map(SavedWorkspace::workspaceJson).orElse(start);
            savedVersion = saved.map(SavedWorkspace::version).orElse(0L);
            unsavedJson = null;
            retryingSave = false;
            conflictingVersion = -1;
            conflictBanner.hide();
            saveStatus.show(SaveStatus.State.SAVED);
            workspace.setWorkspace(workspaceJson);
        } else {
            // an anonymous visitor's work lives in this browser: start from the exercise, then from the backup if there is one
            workspace.setLocalStorageKey("stepwise:" + key());
            workspaceJson = start;
            workspace.setWorkspace(workspaceJson);
            saveStatus.show(SaveStatus.State.IN_BROWSER);
            workspace.loadLocalBackup().thenAccept(backup -> backup.ifPresent(b -> {
                workspaceJson = b.workspaceJson();
                workspace.setWorkspace(workspaceJson);
                stopWatching();
            }));
        }
    }

    // ---- saving --------------------------------------------------------------------------------

    private void workspaceChanged(String json, int blockCount) {
        boolean changed = !json.equals(workspaceJson);
        workspaceJson = json;
        showBlocksUsed(blockCount);
        if (!changed) {
            return;
        }
        stopWatching();
        results.clear();
        if (work.savesOnServer()) {
            unsavedJson = json;
            save();
        }
    }

    private void save() {
        String json = unsavedJson;
        if (json == null || inConflict()) {
            return; // in a conflict nothing is saved until the student chooses
        }
        try {
            savedVersion = work.save(key(), json, savedVersion).version();
            unsavedJson = null;
            retryingSave = false;
            saveStatus.show(SaveStatus.State.SAVED);
        } catch (WorkspaceConflictException e) {
            retryingSave = false;
            if (e.saved().workspaceJson().equals(json)) {
                // the other tab saved exactly this program: nothing to choose between
                savedVersion = e.saved().version();
                unsavedJson = null;
                saveStatus.show(SaveStatus.State.SAVED);
            } else {
                conflictingVersion = e.saved().version();
                saveStatus.show(SaveStatus.State.CONFLICT);
                conflictBanner.show();
            }
        } catch (WorkspaceTooLargeException e) {
            unsavedJson = null;
            saveStatus.show(SaveStatus.State.TOO_LARGE, e.limit() / 1024);
        } catch (DataAccessException e) {
            retryingSave = true;
            saveStatus.show(SaveStatus.State.FAILED, RETRY_MILLIS / 1000);
        }
        updatePolling();
    }

    private boolean inConflict() {
        return conflictingVersion >= 0;
    }

    /** The student keeps this tab's program: it is saved over the one saved elsewhere. */
    private void keepThisOne() {
        if (!inConflict()) {
            return;
        }
        savedVersion = conflictingVersion;
        conflictingVersion = -1;
        conflictBanner.hide();
        unsavedJson = workspaceJson;
        save(); // if yet another save came in meanwhile, the banner comes back with that one
    }

    /** The student takes the program saved elsewhere: it replaces this tab's program. */
    private void loadTheOther() {
        if (!inConflict()) {
            return;
        }
        restoreWork(exercise());
        stopWatching();
        results.clear();
        updatePolling();
    }

    private void showBlocksUsed(int count) {
        Integer limit = exercise().blockLimit();
        blocksUsed.setText(limit == null ? getTranslation("exercise.blocks.no-limit", count)
                : getTranslation(count <= limit ? "exercise.blocks.within-limit" : "exercise.blocks.over-limit", count, limit));
        blocksUsed.setClassName("problem", limit != null && count > limit);
    }

    // ---- watching one case ---------------------------------------------------------------------

    private void watchCase(int index) {
        caseSelect.setValue(index);
        stopWatching();
        caseSelect.focus();
    }

    /** Forgets the playback (the program or the case changed) and shows the case as it starts. */
    private void stopWatching() {
        stepper.showStart(checks.startOf(key(), lesson().version(), exercise().grading(), caseSelect.caseIndex()));
    }

    /** The playback of the program on the chosen case; null, with the problem shown, when the program cannot run. */
    private @Nullable Playback makePlayback() {
        String program = workspaceJson.isBlank() ? "{}" : workspaceJson;
        return programProblem.watch(() -> checks.watch(key(), lesson().version(), exercise().grading(), program, caseSelect.caseIndex()));
    }

    /** No editing in the middle of watching a run: only before its first step, at its end, or with no run at all. */
    private void stepperChanged() {
        Playback p = stepper.playback();
        workspace.setEditable(!stepper.isPlaying() && (p == null || p.atStart() || p.atEnd()));
        updatePolling();
    }

    private void poll() {
        if (retryingSave) {
            save();
        }
        stepper.tick();
    }

    /** Polls while playing (one step a poll) or while a failed save waits to be tried again. */
    private void updatePolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(stepper.isPlaying() ? stepper.stepMillis() : retryingSave ? RETRY_MILLIS : -1));
    }

    // ---- checking ------------------------------------------------------------------------------

    private void check() {
        stepper.pause();
        int hintsUsed = hints == null ? 0 : hints.shownCount();
        Grade grade = checks.check(key(), lesson().version(), exercise().grading(), workspaceJson.isBlank() ? "{}" : workspaceJson,
                new CheckEffort(hintsUsed, openedAt));
        results.show(grade, getLocale());
        if (grade.problemBlockId() != null) {
            workspace.highlight(grade.problemBlockId());
        }
        results.getElement().callJsFunction("scrollIntoView");
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
        if (unsavedJson != null && !inConflict() && work.savesOnServer()) {
            try {
                work.save(key(), unsavedJson, savedVersion);
            } catch (RuntimeException e) {
                // the student has left; nothing to show. The browser's last change event already tried.
            }
        }
        super.onDetach(detachEvent);
    }

    private Lesson lesson() {
        return java.util.Objects.requireNonNull(lesson);
    }

    private LessonExercise exercise() {
        return java.util.Objects.requireNonNull(exercise);
    }

    private ExerciseKey key() {
        return java.util.Objects.requireNonNull(key);
    }
}

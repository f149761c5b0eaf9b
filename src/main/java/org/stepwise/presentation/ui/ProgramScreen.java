package org.stepwise.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.playback.Playback;
import org.stepwise.playback.PlaybackPanel;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.Presentations;
import org.stepwise.presentation.ProgramOnScreen;
import org.stepwise.program.ProgramException;
import org.stepwise.stage.WorldStage;

/**
 * The program on the big screen at the step the presentation is at: the blocks (read-only, the
 * block of the step highlighted), the world, and the playback panel (where it is, the variables,
 * what it printed, the step log, the verdict at the last step). Every
 * window runs the program itself (runs are deterministic), once per program and case, and jumps to
 * the shared step.
 */
class ProgramScreen extends Div {

    /** Blocks on the big screen are drawn at this size (1 is Blockly's own; elsewhere 0.8). */
    static final double BIG_SCREEN_BLOCK_SCALE = 1.4;

    private final Presentations presentations;
    private final ExerciseChecks checks;
    private final BlocklyWorkspace workspace = new BlocklyWorkspace();
    private final WorldStage stage = new WorldStage();
    private final PlaybackPanel panel = new PlaybackPanel(stage, workspace);
    private final H2 caption = new H2();
    private final Paragraph problem = new Paragraph();
    private final Div questionSlot = new Div();
    private @Nullable ProgramOnScreen loaded;
    private @Nullable Playback playback;
    private String workspaceJson = "";

    ProgramScreen(Presentations presentations, ExerciseChecks checks, boolean bigScreen) {
        this.presentations = presentations;
        this.checks = checks;
        if (bigScreen) {
            workspace.setScale(BIG_SCREEN_BLOCK_SCALE);
            panel.setProjector(true);
        }
        addClassName("stepwise-program-screen");
        setId("program-screen");
        caption.setId("program-caption");
        workspace.setId("program-workspace");
        workspace.setEditable(false);
        stage.setId("program-stage");
        problem.setId("program-problem");
        problem.addClassName("stepwise-problem");
        Div blocks = new Div(workspace, problem);
        blocks.addClassName("stepwise-program-blocks");
        Div world = new Div(stage, questionSlot, panel);
        world.addClassName("stepwise-program-world");
        Div main = new Div(blocks, world);
        main.addClassName("stepwise-program-main");
        add(caption, main);
    }

    /** Shows the presentation's program at its step; the student's name only when given (names may be shown). */
    void show(Presentation presentation, Lesson lesson, @Nullable RosterStudent student) {
        ProgramOnScreen program = Objects.requireNonNull(presentation.program());
        Locale locale = getLocale();
        LessonExercise exercise = lesson.exercise(program.exerciseId()).orElseThrow();
        String who = program.reference() ? getTranslation("present.program.reference")
                : student != null ? getTranslation("present.program.named", student.displayName())
                : getTranslation("present.program.anonymous");
        caption.setText(getTranslation("present.program.caption", exercise.title().in(locale), who,
                exercise.grading().cases().get(program.caseIndex()).name()));
        if (!sameRun(program)) {
            load(presentation, lesson, exercise, program);
        }
        Playback p = playback;
        if (p != null) {
            p.jumpTo(program.position());
            panel.show(p);
        }
    }

    /** Shows the question under the world (the stage shrinks to make room), or nothing there. */
    void showQuestion(@Nullable Component question) {
        questionSlot.removeAll();
        if (question != null) {
            questionSlot.add(question);
        }
        getElement().getClassList().set("asking", question != null);
    }

    /** The run on screen; empty when the program could not run (the screen says why). */
    Optional<Playback> playback() {
        return Optional.ofNullable(playback);
    }

    /** The program on screen, as a Blockly workspace (JSON). */
    String workspaceJson() {
        return workspaceJson;
    }

    private boolean sameRun(ProgramOnScreen program) {
        return loaded != null && loaded.exerciseId().equals(program.exerciseId()) && Objects.equals(loaded.student(), program.student())
                && loaded.caseIndex() == program.caseIndex();
    }

    private void load(Presentation presentation, Lesson lesson, LessonExercise exercise, ProgramOnScreen program) {
        loaded = program;
        playback = null;
        problem.setVisible(false);
        workspace.setLanguage(getLocale());
        panel.setWorldType(exercise.world());
        ExerciseKey key = new ExerciseKey(lesson.id().value(), exercise.id());
        panel.showStart(checks.startOf(key, lesson.version(), exercise.grading(), program.caseIndex()));
        workspaceJson = presentations.programOf(presentation, program).orElse("");
        workspace.setWorkspace(workspaceJson.isBlank() ? "{}" : workspaceJson);
        if (workspaceJson.isBlank()) {
            problem.setText(getTranslation("present.program.missing"));
            problem.setVisible(true);
            return;
        }
        try {
            playback = checks.watch(key, lesson.version(), exercise.grading(), workspaceJson, program.caseIndex());
        } catch (ProgramException e) {
            problem.setText(e.problem().render(getLocale()));
            problem.setVisible(true);
            workspace.highlight(e.blockId());
        }
    }
}

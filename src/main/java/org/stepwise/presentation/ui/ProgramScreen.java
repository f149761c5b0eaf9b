package org.stepwise.presentation.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.Playback;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.Presentations;
import org.stepwise.presentation.ProgramOnScreen;
import org.stepwise.program.Outcome;
import org.stepwise.program.ProgramException;
import org.stepwise.program.Trace;
import org.stepwise.program.WorldState;
import org.stepwise.stage.WorldStage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The program on the big screen at the step the presentation is at: the blocks (read-only, the
 * block of the step highlighted), the world, the variables and the verdict at the last step. Every
 * window runs the program itself (runs are deterministic), once per program and case, and jumps to
 * the shared step.
 */
class ProgramScreen extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Presentations presentations;
    private final ExerciseChecks checks;
    private final BlocklyWorkspace workspace = new BlocklyWorkspace();
    private final WorldStage stage = new WorldStage();
    private final H2 caption = new H2();
    private final Span position = new Span();
    private final DescriptionList variables = new DescriptionList();
    private final Paragraph problem = new Paragraph();
    private final Paragraph verdict = new Paragraph();
    private @Nullable ProgramOnScreen loaded;
    private @Nullable Playback playback;
    private String workspaceJson = "";

    /** Blocks on the big screen are drawn at this size (1 is Blockly's own; elsewhere 0.8). */
    static final double BIG_SCREEN_BLOCK_SCALE = 1.4;

    ProgramScreen(Presentations presentations, ExerciseChecks checks, boolean bigScreen) {
        this.presentations = presentations;
        this.checks = checks;
        if (bigScreen) {
            workspace.setScale(BIG_SCREEN_BLOCK_SCALE);
        }
        addClassName("stepwise-program-screen");
        setId("program-screen");
        caption.setId("program-caption");
        workspace.setId("program-workspace");
        workspace.setEditable(false);
        stage.setId("program-stage");
        position.setId("program-position");
        position.addClassName("stepwise-program-position");
        variables.setId("program-variables");
        variables.addClassName("stepwise-program-variables");
        problem.setId("program-problem");
        problem.addClassName("stepwise-problem");
        verdict.setId("program-verdict");
        verdict.addClassName("stepwise-program-verdict");
        Div blocks = new Div(workspace, problem);
        blocks.addClassName("stepwise-program-blocks");
        Div world = new Div(stage, position, variables, verdict);
        world.addClassName("stepwise-program-world");
        Div main = new Div(blocks, world);
        main.addClassName("stepwise-program-main");
        add(caption, main);
    }

    /** Shows the presentation's program at its step; {@code studentName} only when names may be shown. */
    void show(Presentation presentation, Lesson lesson, @Nullable RosterStudent student) {
        ProgramOnScreen program = Objects.requireNonNull(presentation.program());
        Locale locale = getLocale();
        LessonExercise exercise = lesson.exercise(program.exerciseId()).orElseThrow();
        String who = program.reference() ? getTranslation("present.program.reference")
                : presentation.showNames() && student != null ? getTranslation("present.program.named", student.displayName())
                : getTranslation("present.program.anonymous");
        caption.setText(getTranslation("present.program.caption", exercise.title().in(locale), who,
                exercise.grading().cases().get(program.caseIndex()).name()));
        if (!sameRun(program)) {
            load(presentation, lesson, exercise, program);
        }
        Playback p = playback;
        if (p == null) {
            return;
        }
        p.jumpTo(program.position());
        WorldState world = p.world();
        workspace.highlight(p.blockId());
        stage.show(exercise.world(), JSON.writeValueAsString(world.toJson()), world.describe().render(locale));
        position.setText(p.atStart() ? getTranslation("present.program.ready")
                : getTranslation("present.program.step", p.position() + 1, p.size()));
        showVariables(p.variables(), p.changedVariables());
        if (p.atEnd()) {
            verdict.setText(getTranslation(p.verdict().outcome() == Outcome.SUCCESS ? "exercise.end.passed" : "exercise.end.failed",
                    p.verdict().message().render(locale)));
            verdict.setVisible(true);
        } else {
            verdict.setVisible(false);
        }
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
        workspaceJson = presentations.programOf(presentation, program).orElse("");
        workspace.setWorkspace(workspaceJson.isBlank() ? "{}" : workspaceJson);
        if (workspaceJson.isBlank()) {
            problem.setText(getTranslation("present.program.missing"));
            problem.setVisible(true);
            return;
        }
        try {
            playback = checks.watch(new ExerciseKey(lesson.id().value(), exercise.id()), lesson.version(), exercise.grading(),
                    workspaceJson, program.caseIndex());
        } catch (ProgramException e) {
            problem.setText(e.problem().render(getLocale()));
            problem.setVisible(true);
            workspace.highlight(e.blockId());
        }
    }

    private void showVariables(List<Trace.Variable> now, List<Trace.Variable> changed) {
        variables.removeAll();
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
}

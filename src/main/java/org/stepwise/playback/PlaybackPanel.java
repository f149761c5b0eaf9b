package org.stepwise.playback;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Outcome;
import org.stepwise.program.Trace;
import org.stepwise.program.WorldState;
import org.stepwise.stage.WorldStage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shows a {@link Playback} at its position: where it is ("Step 3 of 17"), the variables (the ones
 * that just changed marked), what the program printed, and a step log that a screen reader reads
 * out; and has a {@link WorldStage} draw the world and a {@link BlocklyWorkspace} highlight the
 * block. The stage and the workspace belong to the view, which lays them out where it likes; this
 * panel holds the rest, one under another.
 *
 * <p>No buttons and no timer: {@link #show(Playback)} draws whatever position the playback is at,
 * however it got there. A view with {@link StepControls} moves its playback and calls it; a
 * projector's audience window, with no controls, calls it after {@code playback.jumpTo(p)} with the
 * position the presenter shared. The log follows: one line more after a step forward, one less
 * after a step back, and rebuilt from the trace after a jump.
 *
 * <pre>{@code
 * PlaybackPanel panel = new PlaybackPanel(stage, workspace);
 * panel.setWorldType(exercise.world());
 * panel.showStart(checks.startOf(...));      // before the program runs
 * playback.forward(); panel.show(playback);  // each step, back, reset or jump
 * }</pre>
 *
 * <p>Element ids: {@code position}, {@code variables}, {@code printed}, {@code step-log},
 * {@code step-log-heading}, {@code step-live}: one panel per page. For a large look on a projector,
 * {@link #setProjector(boolean)} adds the class name {@value #PROJECTOR}.
 */
public class PlaybackPanel extends Composite<Div> implements HasStyle {

    /** The class name of the large look for a projector (on the panel and on {@link StepControls}). */
    public static final String PROJECTOR = "stepwise-projector";
    /** The longest a step's animation on the stage lasts, however slow the speed. */
    public static final int MAX_ANIMATION_MILLIS = 600;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorldStage stage;
    private final @Nullable BlocklyWorkspace workspace;
    private final Span position = new Span();
    private final VariablesPanel variables = new VariablesPanel();
    private final Pre printed = new Pre();
    private final StepLog log = new StepLog();

    private @Nullable String worldType;
    /** The run whose steps the log lists (null: none), and the position it lists them up to. */
    private @Nullable WatchedCase logged;
    private int loggedPosition = -1;

    /**
     * @param stage     draws the world at each position
     * @param workspace highlights the block of each step; null where no blocks are shown
     */
    public PlaybackPanel(WorldStage stage, @Nullable BlocklyWorkspace workspace) {
        this.stage = stage;
        this.workspace = workspace;
        position.setId("position");
        position.addClassName("stepwise-position");
        printed.setId("printed");
        printed.addClassName("stepwise-printed");
        Div root = getContent();
        root.addClassName("stepwise-playback");
        root.add(position, variables, new H3(getTranslation("exercise.printed")), printed, log);
    }

    /** The world the stage draws, as exercise files name it ({@code calendar}, {@code building}…); needed before anything is shown. */
    public void setWorldType(String worldType) {
        this.worldType = worldType;
    }

    /** How long a step lasts at the chosen speed: the stage's animation takes two thirds of it, at most {@value #MAX_ANIMATION_MILLIS} ms. */
    public void setStepMillis(int stepMillis) {
        stage.setAnimationMillis(Math.max(0, Math.min(MAX_ANIMATION_MILLIS, stepMillis * 2 / 3)));
    }

    /** The large look for a projector: adds or removes the class name {@value #PROJECTOR}. */
    public void setProjector(boolean projector) {
        setClassName(PROJECTOR, projector);
    }

    /**
     * Shows a case as it starts, before there is a run to step through (the program has not been
     * run yet): the world as set up, nothing highlighted, no variables, nothing printed, an empty log.
     */
    public void showStart(WorldState start) {
        highlight(null);
        showWorld(start);
        variables.show(List.of(), List.of());
        printed.setText("");
        log.clear();
        logged = null;
        loggedPosition = -1;
        position.setText(getTranslation("exercise.position.ready"));
    }

    /**
     * Shows the playback at its position. At the last step of a run that failed, the block the
     * verdict names is highlighted, and the log ends with the verdict.
     */
    public void show(Playback playback) {
        String verdictBlock = failedBlockAtEnd(playback);
        highlight(verdictBlock != null ? verdictBlock : playback.blockId());
        showWorld(playback.world());
        variables.show(playback.variables(), playback.changedVariables());
        printed.setText(String.join("\n", playback.printed()));
        position.setText(positionText(playback));
        followInLog(playback);
    }

    /** Where the playback is, in words: "Ready: …" before the first step, else "Step 3 of 17". */
    public String positionText(Playback playback) {
        if (playback.atStart()) {
            return getTranslation("exercise.position.ready");
        }
        return getTranslation(playback.truncated() ? "exercise.position.step-truncated" : "exercise.position.step",
                playback.position() + 1, playback.size());
    }

    /** The step just done in one plain-language line: the world in words, what changed, what was printed. */
    public String stepLine(Playback playback) {
        Locale locale = getLocale();
        StringBuilder line = new StringBuilder(getTranslation("exercise.log.step", playback.position() + 1,
                playback.world().describe().render(locale)));
        for (Trace.Variable v : playback.changedVariables()) {
            line.append(' ').append(getTranslation("exercise.log.variable", v.name(), v.value()));
        }
        for (String out : playback.printedByThisStep()) {
            line.append(' ').append(getTranslation("exercise.log.printed", out));
        }
        return line.toString();
    }

    /** The verdict in words, as the log's last line: "The end. …" */
    public String endLine(Playback playback) {
        CaseResult verdict = playback.verdict();
        String text = getTranslation(verdict.outcome() == Outcome.SUCCESS ? "exercise.end.passed" : "exercise.end.failed",
                verdict.message().render(getLocale()));
        if (playback.truncated()) {
            text += " " + getTranslation("exercise.end.truncated", playback.size());
        }
        return text;
    }

    /** The line that shows where the playback is ("Step 3 of 17"); element id {@code position}. */
    public Span position() {
        return position;
    }

    public VariablesPanel variables() {
        return variables;
    }

    /** What the program printed up to this step; element id {@code printed}. */
    public Pre printed() {
        return printed;
    }

    public StepLog log() {
        return log;
    }

    public WorldStage stage() {
        return stage;
    }

    // ---- the log follows the position -----------------------------------------------------------

    private void followInLog(Playback playback) {
        int now = playback.position();
        if (logged == playback.watched() && now == loggedPosition) {
            return; // drawn again at the same step: the log is right as it is
        }
        if (logged == playback.watched() && now == loggedPosition + 1) {
            log.add(stepLine(playback));
            if (playback.atEnd()) {
                log.add(endLine(playback));
            }
        } else if (logged == playback.watched() && now == loggedPosition - 1 && log.size() > 0) {
            if (playback.at(loggedPosition).atEnd()) {
                log.removeLast(""); // the verdict
            }
            log.removeLast(playback.atStart() ? getTranslation("exercise.position.ready") : stepLine(playback));
        } else {
            log.replace(linesUpTo(playback));
            if (playback.atStart()) {
                log.announce(getTranslation("exercise.position.ready"));
            }
        }
        logged = playback.watched();
        loggedPosition = now;
    }

    /** The log's lines for the steps up to the playback's position (the latest {@link StepLog#KEPT_LINES} at most). */
    private List<String> linesUpTo(Playback playback) {
        List<String> lines = new ArrayList<>();
        int now = playback.position();
        for (int step = Math.max(0, now - StepLog.KEPT_LINES + 1); step <= now; step++) {
            lines.add(stepLine(playback.at(step)));
        }
        if (now >= 0 && playback.atEnd()) {
            lines.add(endLine(playback));
        }
        return lines;
    }

    private static @Nullable String failedBlockAtEnd(Playback playback) {
        CaseResult verdict = playback.verdict();
        boolean failedHere = !playback.atStart() && playback.atEnd() && verdict.outcome() != Outcome.SUCCESS;
        return failedHere ? verdict.blockId() : null;
    }

    private void highlight(@Nullable String blockId) {
        if (workspace != null) {
            workspace.highlight(blockId);
        }
    }

    private void showWorld(WorldState world) {
        if (worldType == null) {
            throw new IllegalStateException("PlaybackPanel has no world to draw: call setWorldType(...) before showing a playback");
        }
        stage.show(worldType, JSON.writeValueAsString(world.toJson()), world.describe().render(getLocale()));
    }
}

package org.stepwise.playback;

import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.program.ProgramException;

/**
 * Why a program cannot run, in words, with its block highlighted; hidden while there is no
 * problem. Element id {@code program-problem}.
 */
public class ProgramProblem extends Paragraph {

    /** Makes a playback, or fails because the program cannot run (an unknown block, an empty input…). */
    @FunctionalInterface
    public interface Watch {
        Playback watch() throws ProgramException;
    }

    private final @Nullable BlocklyWorkspace workspace;

    /** @param workspace where the block that is the problem is highlighted; null where no blocks are shown */
    public ProgramProblem(@Nullable BlocklyWorkspace workspace) {
        this.workspace = workspace;
        setId("program-problem");
        addClassName("stepwise-problem");
        setVisible(false);
    }

    /** Makes the playback, hiding any earlier problem; when the program cannot run, shows why and returns null. */
    public @Nullable Playback watch(Watch watch) {
        try {
            Playback playback = watch.watch();
            setVisible(false);
            return playback;
        } catch (ProgramException e) {
            show(e);
            return null;
        }
    }

    /** Shows why the program cannot run and highlights the block. */
    public void show(ProgramException problem) {
        setText(problem.problem().render(getLocale()));
        setVisible(true);
        if (workspace != null) {
            workspace.highlight(problem.blockId());
        }
    }
}

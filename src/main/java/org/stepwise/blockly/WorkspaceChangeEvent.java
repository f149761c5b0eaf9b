package org.stepwise.blockly;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The student changed the program: a block was added, moved, removed or edited (not scrolling,
 * selecting or opening menus). Sent by the browser about 700 ms after the last edit (at most 2 s
 * while editing goes on), at once when the workspace loses focus or the page is hidden, and never
 * for a program the server loaded itself.
 */
@DomEvent(BlocklyWorkspace.CHANGE_EVENT)
public class WorkspaceChangeEvent extends ComponentEvent<BlocklyWorkspace> {

    private final String workspaceJson;
    private final int blockCount;

    public WorkspaceChangeEvent(BlocklyWorkspace source, boolean fromClient, @EventData("event.detail.json") String workspaceJson,
            @EventData("event.detail.blockCount") int blockCount) {
        super(source, fromClient);
        this.workspaceJson = workspaceJson;
        this.blockCount = blockCount;
    }

    /** The whole program as Blockly saves it ({@code Blockly.serialization.workspaces.save}). */
    public String getWorkspaceJson() {
        return workspaceJson;
    }

    /** Blocks in the program, counted as a block limit counts them: shadow blocks (the grey defaults inside inputs) are free. */
    public int getBlockCount() {
        return blockCount;
    }
}

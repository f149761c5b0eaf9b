package org.stepwise.blockly;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The number of blocks in the program changed, by an edit or because a program was loaded. Sent
 * at once (not delayed like {@link WorkspaceChangeEvent}), so a "4 of 6 blocks" label keeps up.
 */
@DomEvent(BlocklyWorkspace.BLOCK_COUNT_EVENT)
public class BlockCountChangeEvent extends ComponentEvent<BlocklyWorkspace> {

    private final int blockCount;

    public BlockCountChangeEvent(BlocklyWorkspace source, boolean fromClient, @EventData("event.detail.blockCount") int blockCount) {
        super(source, fromClient);
        this.blockCount = blockCount;
    }

    /** Blocks without the shadow blocks: the count a block limit applies to. */
    public int getBlockCount() {
        return blockCount;
    }
}

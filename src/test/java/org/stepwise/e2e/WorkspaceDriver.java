package org.stepwise.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.function.Supplier;

/** What a student does with the mouse in the exercise view's Blockly workspace, for browser tests. */
final class WorkspaceDriver {

    /** The toolbox's flyout (not the trash can's). */
    static final String FLYOUT = "#workspace svg.blocklyFlyout:not(.blocklyTrashcanFlyout)";
    private static final String PROGRAM = "#workspace svg.blocklySvg .blocklyBlockCanvas ";

    private final Page page;

    WorkspaceDriver(Page page) {
        this.page = page;
    }

    Locator flyout() {
        return page.locator(FLYOUT);
    }

    /** The toolbox's block of this type. */
    Locator flyoutBlock(String type) {
        return page.locator(FLYOUT + " .blocklyBlockCanvas > ." + type).first();
    }

    /** The first block of the program of the last type given, inside blocks of the types before it. */
    Locator programBlock(String... nestedTypes) {
        return page.locator(PROGRAM + "." + String.join(" .", nestedTypes)).first();
    }

    /** Every block of the program. */
    Locator programBlocks() {
        return page.locator(PROGRAM + ".blocklyBlock");
    }

    /** A point relative to a block's top-left corner. */
    static double[] relativeTo(Locator block, double dx, double dy) {
        return relativeTo(block, dx, dy, false);
    }

    /** A point relative to a block's top-left corner, or to its bottom-left corner. */
    static double[] relativeTo(Locator block, double dx, double dy, boolean fromBottom) {
        BoundingBox box = block.boundingBox();
        return new double[] {box.x + dx, box.y + (fromBottom ? box.height : 0) + dy};
    }

    /**
     * Drags a block from the flyout, holding it 12 px in from its top-left corner, and drops it at
     * the point given, which is measured once the flyout block is in view (the page may scroll).
     */
    void dragTo(String type, Supplier<double[]> target) {
        Locator block = flyoutBlock(type);
        block.scrollIntoViewIfNeeded();
        BoundingBox from = block.boundingBox();
        double[] to = target.get();
        page.mouse().move(from.x + 12, from.y + 12);
        page.mouse().down();
        page.mouse().move(from.x + 40, from.y + 20, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to[0], to[1], new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
        page.waitForTimeout(300);
    }
}

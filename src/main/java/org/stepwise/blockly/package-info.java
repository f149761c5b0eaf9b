/**
 * The Blockly workspace as a Vaadin component ({@link org.stepwise.blockly.BlocklyWorkspace}): a
 * connector to the web component in {@code src/main/frontend/blockly/}. Java sets the toolbox,
 * the program, the language, the block limit and what is highlighted; the browser reports edits
 * back as {@link org.stepwise.blockly.WorkspaceChangeEvent}s carrying Blockly's JSON. The
 * component edits and displays only: running and grading happen elsewhere, on that JSON.
 * See {@code docs/blockly.md}.
 */
@NullMarked
package org.stepwise.blockly;

import org.jspecify.annotations.NullMarked;

/**
 * The block language: Blockly workspaces parsed into an immutable syntax tree and run by a
 * tree-walking interpreter with a step budget and a trace. Plain Java: no Spring, no Vaadin, no SQL.
 *
 * <p>Semantics follow Blockly's own JavaScript generator, the reference a Blockly user knows:
 * JavaScript values, loose equality, JavaScript number printing, 1-based lists.
 */
@NullMarked
package org.stepwise.program;

import org.jspecify.annotations.NullMarked;

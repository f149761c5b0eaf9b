/** The syntax tree of a block program: immutable records, each node keeping its Blockly block id. */
@NullMarked
package org.stepwise.program.ast;

import org.jspecify.annotations.NullMarked;

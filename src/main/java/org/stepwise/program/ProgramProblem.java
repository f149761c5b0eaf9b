package org.stepwise.program;

/**
 * Something in a workspace that still runs but probably is not what the student meant, such as an
 * empty input (Blockly fills in a default) or a call of a procedure that does not exist (an error
 * when it runs).
 */
public record ProgramProblem(String blockId, Message message) {
}

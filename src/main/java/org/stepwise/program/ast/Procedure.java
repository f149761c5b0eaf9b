package org.stepwise.program.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.ast.Node.Expr;
import org.stepwise.program.ast.Node.Stmt;

/**
 * A procedure definition (procedures_defnoreturn or procedures_defreturn). Parameters are the
 * procedure's local variables; every other variable it uses is global, as in Blockly's code.
 *
 * @param returnValue the RETURN input of a procedure with a result, or null
 * @param returns     whether it is a procedures_defreturn
 */
public record Procedure(String blockId, String name, List<String> parameters, List<Stmt> body,
        @Nullable Expr returnValue, boolean returns) {
}

package org.stepwise.program;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.program.ast.Node;
import org.stepwise.program.ast.Procedure;

/**
 * A parsed workspace, ready to run.
 *
 * @param main        the top-level statement stacks, in Blockly's order (by position), one after another
 * @param procedures  the procedure definitions by name
 * @param globals     the names of the workspace's variables; slot i of the globals is {@code globals.get(i)}
 * @param blockCount  the enabled, non-shadow blocks: what counts against an exercise's block limit
 * @param blockTypes  the types of those blocks, to check them against an exercise's toolbox
 * @param problems    things that run but deserve a warning
 */
public record Program(List<Node.Stmt> main, Map<String, Procedure> procedures, List<String> globals, int blockCount,
        Set<String> blockTypes, List<ProgramProblem> problems) {

    public Program {
        main = List.copyOf(main);
        procedures = Map.copyOf(procedures);
        globals = List.copyOf(globals);
        blockTypes = Set.copyOf(blockTypes);
        problems = List.copyOf(problems);
    }
}

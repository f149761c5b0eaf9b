package org.stepwise.grading;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An exercise as grading needs it.
 *
 * @param world      the world type id
 * @param toolbox    the block types students may use; empty means any
 * @param blockLimit the most blocks a solution may use, or null
 * @param stepBudget the budget of one run (see {@link org.stepwise.program.RunOptions#stepBudget()})
 * @param cases      every case, generated ones already expanded
 * @param solution   the reference solution (a Blockly workspace as JSON), or null
 */
public record Exercise(String id, String world, Set<String> toolbox, @Nullable Integer blockLimit, long stepBudget,
        List<TestCase> cases, @Nullable String solution) {

    public Exercise {
        toolbox = Set.copyOf(toolbox);
        cases = List.copyOf(cases);
    }
}

package org.stepwise.grading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Message;

/**
 * The result of checking a program against an exercise.
 *
 * @param problem        why the program could not be run at all (unreadable, a block not in the toolbox), or null
 * @param problemBlockId the block that problem is about, or null
 * @param cases          one result per case, in the exercise's order (empty when there is a problem)
 * @param blocksUsed     blocks in the program (what counts against the limit)
 * @param blockLimit     the exercise's limit, or null
 * @param steps          statement blocks executed over all cases
 * @param referenceSteps the reference solution's steps over all cases, or -1 when there is none
 */
public record Grade(@Nullable Message problem, @Nullable String problemBlockId, List<CaseResult> cases, int blocksUsed,
        @Nullable Integer blockLimit, long steps, long referenceSteps) {

    public Grade {
        cases = List.copyOf(cases);
    }

    public boolean withinBlockLimit() {
        return blockLimit == null || blocksUsed <= blockLimit;
    }

    /** Every case passed, within the block limit, and the program could be run. */
    public boolean passed() {
        return problem == null && withinBlockLimit() && !cases.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    public long casesPassed() {
        return cases.stream().filter(CaseResult::passed).count();
    }
}

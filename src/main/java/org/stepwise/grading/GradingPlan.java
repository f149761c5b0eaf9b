package org.stepwise.grading;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Interpreter;
import org.stepwise.program.Message;
import org.stepwise.program.Outcome;
import org.stepwise.program.Program;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.RunOptions;
import org.stepwise.program.RunResult;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import org.stepwise.world.SetupException;
import org.stepwise.world.WorldType;

/**
 * An exercise made ready for grading: its world type resolved, its cases' set-ups checked, its
 * reference solution parsed and run once. Immutable and safe to share; grading a program is then
 * a parse plus one run per case.
 */
public final class GradingPlan {

    static final String BUNDLE = "org.stepwise.grading.messages";

    private final Exercise exercise;
    private final WorldType world;
    private final ProgramParser parser;
    private final long[] referenceSteps;

    GradingPlan(Exercise exercise, WorldType world) {
        this.exercise = exercise;
        this.world = world;
        this.parser = new ProgramParser(world.blocks());
        for (int i = 0; i < exercise.cases().size(); i++) {
            try {
                world.create(exercise.cases().get(i).setup());
            } catch (SetupException e) {
                throw new ExerciseException("cases[" + i + "] \"" + exercise.cases().get(i).name() + "\": " + e.getMessage());
            }
        }
        this.referenceSteps = new long[exercise.cases().size()];
        java.util.Arrays.fill(referenceSteps, -1);
        if (exercise.solution() != null) {
            Program reference;
            try {
                reference = parser.parse(exercise.solution());
            } catch (ProgramException e) {
                throw new ExerciseException("solution: " + e.getMessage());
            }
            for (int i = 0; i < exercise.cases().size(); i++) {
                referenceSteps[i] = run(reference, i).steps();
            }
        }
    }

    public Exercise exercise() {
        return exercise;
    }

    public WorldType world() {
        return world;
    }

    /** The reference solution's grade, for checking an exercise: every case should pass. */
    public @Nullable Grade gradeReference() {
        return exercise.solution() == null ? null : grade(exercise.solution());
    }

    /** Runs the program on every case. Deterministic: case i always runs with seed i. */
    public Grade grade(String workspaceJson) {
        Program program;
        try {
            program = parser.parse(workspaceJson);
        } catch (ProgramException e) {
            return new Grade(e.problem(), e.blockId(), List.of(), 0, exercise.blockLimit(), 0, totalReference());
        }
        if (!exercise.toolbox().isEmpty()) {
            for (String type : program.blockTypes()) {
                if (!exercise.toolbox().contains(type)) {
                    return new Grade(new Message(BUNDLE, "grade.block-not-in-toolbox", List.of(type)), null, List.of(),
                            program.blockCount(), exercise.blockLimit(), 0, totalReference());
                }
            }
        }
        List<CaseResult> results = new ArrayList<>(exercise.cases().size());
        long steps = 0;
        for (int i = 0; i < exercise.cases().size(); i++) {
            CaseResult result = judge(i, run(program, i));
            results.add(result);
            steps += result.steps();
        }
        return new Grade(null, null, results, program.blockCount(), exercise.blockLimit(), steps, totalReference());
    }

    /** Runs the program on one case with a trace, for watching it step by step. */
    public RunResult trace(Program program, int caseIndex) {
        return watch(program, caseIndex).run();
    }

    /**
     * Runs the program on one case with a trace, keeping what a student watching it needs: the
     * world before the first step, every step, and the verdict at the end (the same as grading gives).
     */
    public WatchedCase watch(Program program, int caseIndex) {
        TestCase testCase = exercise.cases().get(caseIndex);
        World w = world.create(testCase.setup());
        WorldState start = w.state();
        RunResult run = Interpreter.run(program, w, options(caseIndex).withTrace(true));
        return new WatchedCase(caseIndex, start, run, judge(caseIndex, run));
    }

    public ProgramParser parser() {
        return parser;
    }

    private RunResult run(Program program, int caseIndex) {
        World w = world.create(exercise.cases().get(caseIndex).setup());
        return Interpreter.run(program, w, options(caseIndex));
    }

    private RunOptions options(int caseIndex) {
        return RunOptions.defaults().withStepBudget(exercise.stepBudget()).withSeed(caseIndex);
    }

    private CaseResult judge(int index, RunResult run) {
        TestCase testCase = exercise.cases().get(index);
        Message arrange = world.describeSetup(testCase.setup());
        Outcome outcome = run.outcome();
        Message message;
        switch (outcome) {
            case SUCCESS -> {
                WorldType.Goal goal = world.check(testCase.setup(), testCase.expect(), run.finalState(), run.printed());
                outcome = goal.met() ? Outcome.SUCCESS : Outcome.FAILURE;
                message = goal.message();
            }
            case FAILURE -> message = run.message();
            case TIMEOUT -> message = new Message(BUNDLE, "grade.timeout", List.of(run.work() - 1));
            case ERROR -> message = new Message(BUNDLE, "grade.error", List.of(run.message()));
            default -> throw new IllegalStateException();
        }
        return new CaseResult(testCase.name(), testCase.visible(), arrange, outcome, message, run.blockId(), run.steps(),
                referenceSteps[index], run.printed());
    }

    private long totalReference() {
        long total = 0;
        for (long s : referenceSteps) {
            if (s < 0) {
                return -1;
            }
            total += s;
        }
        return total;
    }
}

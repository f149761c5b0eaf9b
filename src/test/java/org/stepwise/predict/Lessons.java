package org.stepwise.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.ProgramException;
import org.stepwise.world.Worlds;

/** The built-in lessons' exercises and their reference solutions, for tests. */
final class Lessons {

    private static final Path LESSONS = Path.of("lessons");

    private Lessons() {
    }

    /** An exercise of a lesson, e.g. {@code exercise("find-the-room", "follow-the-signs")}. */
    static Exercise exercise(String lesson, String exercise) {
        try {
            return ExerciseReader.read(Files.readString(LESSONS.resolve(lesson).resolve(exercise + ".exercise.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every exercise of every lesson. */
    static List<Exercise> all() {
        try (Stream<Path> files = Files.walk(LESSONS, 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".exercise.json")).sorted().map(f -> {
                try {
                    return ExerciseReader.read(Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A program run with a trace on one case of the exercise, as the step-through runs it. */
    static WatchedCase watch(Exercise exercise, String workspaceJson, int caseIndex) {
        GradingPlan plan = new Grader(Worlds.standard()).prepare(exercise);
        try {
            return plan.watch(plan.parser().parse(workspaceJson), caseIndex);
        } catch (ProgramException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

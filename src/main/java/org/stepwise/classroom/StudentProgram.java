package org.stepwise.classroom;

import java.time.Instant;
import org.stepwise.exercise.ExerciseKey;

/** A student's latest saved program on an exercise, for their teacher to look at (read-only). */
public record StudentProgram(RosterStudent student, ExerciseKey exercise, String workspaceJson, Instant savedAt) {

    @Override
    public String toString() {
        return "StudentProgram[" + student.id() + ", " + exercise + ", saved " + savedAt + "]"; // not the name
    }
}

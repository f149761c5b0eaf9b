package org.stepwise.exercise;

/** Names one exercise of one lesson: what a student's work and attempts belong to. */
public record ExerciseKey(String lessonId, String exerciseId) {

    public ExerciseKey {
        if (lessonId.isBlank() || exerciseId.isBlank()) {
            throw new IllegalArgumentException("an exercise key needs a lesson id and an exercise id");
        }
    }

    @Override
    public String toString() {
        return lessonId + "/" + exerciseId;
    }
}

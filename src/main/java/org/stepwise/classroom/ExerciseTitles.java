package org.stepwise.classroom;

import java.util.Locale;
import java.util.Optional;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;

/**
 * The titles of an assigned exercise and of its lesson, as the class's pages show them; the key's
 * own ids when the catalog no longer has the lesson or the exercise (work stays visible).
 */
public final class ExerciseTitles {

    private final LessonCatalog catalog;

    public ExerciseTitles(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    public String exercise(ExerciseKey key, Locale locale) {
        return lesson(key).flatMap(l -> l.exercise(key.exerciseId())).map(LessonExercise::title).map(t -> t.in(locale))
                .orElse(key.exerciseId());
    }

    public String lesson(ExerciseKey key, Locale locale) {
        return lesson(key).map(l -> l.title().in(locale)).orElse(key.lessonId());
    }

    private Optional<Lesson> lesson(ExerciseKey key) {
        return LessonId.isValid(key.lessonId()) ? catalog.lesson(new LessonId(key.lessonId())) : Optional.empty();
    }
}

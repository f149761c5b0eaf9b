package org.stepwise.classroom;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.lesson.LessonId;

/**
 * A lesson, or one exercise of it, assigned to a class.
 *
 * @param exerciseId the exercise's id in the lesson, or null for the whole lesson
 * @param dueOn      the day it is due, or null when it has no due date
 * @param version    changes with every edit (no lost updates)
 */
public record Assignment(AssignmentId id, ClassId classId, LessonId lesson, @Nullable String exerciseId, @Nullable LocalDate dueOn,
                         long version) {

    /** Whether the whole lesson is assigned rather than one exercise. */
    public boolean wholeLesson() {
        return exerciseId == null;
    }
}

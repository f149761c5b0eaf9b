package org.stepwise.classroom;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.lesson.LessonId;

/**
 * What is assigned to a class, as {@link ClassProgress} needs it: a lesson, or one exercise of it,
 * with an optional due date, in the order the class's assignments are listed. The caller has already
 * checked that the class is the signed-in teacher's.
 */
interface AssignmentSource {

    List<Assigned> forClass(ClassId classId);

    /** @param exerciseId null: the whole lesson */
    record Assigned(LessonId lesson, @Nullable String exerciseId, @Nullable LocalDate dueOn) {
    }
}

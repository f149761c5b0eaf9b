package org.stepwise.classroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.stepwise.lesson.LessonId;

/**
 * Test-only stand-in for the class's stored assignments until {@code Assignments} is merged: tests
 * assign lessons and exercises here, and {@link ClassProgress} reads them. Remove this class and
 * call the real {@code Assignments} in the tests once it exists.
 */
@Component
@Primary
public class TestAssignments implements AssignmentSource {

    private final Map<ClassId, List<Assigned>> byClass = new ConcurrentHashMap<>();

    public void assignLesson(ClassId classId, String lessonId, @Nullable LocalDate dueOn) {
        byClass.computeIfAbsent(classId, c -> new ArrayList<>()).add(new Assigned(new LessonId(lessonId), null, dueOn));
    }

    public void assignExercise(ClassId classId, String lessonId, String exerciseId, @Nullable LocalDate dueOn) {
        byClass.computeIfAbsent(classId, c -> new ArrayList<>()).add(new Assigned(new LessonId(lessonId), exerciseId, dueOn));
    }

    public void clear() {
        byClass.clear();
    }

    @Override
    public List<Assigned> forClass(ClassId classId) {
        return List.copyOf(byClass.getOrDefault(classId, List.of()));
    }
}

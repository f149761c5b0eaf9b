package org.stepwise.classroom.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.AssignmentId;
import org.stepwise.classroom.ClassId;
import org.stepwise.lesson.LessonId;

/** What is assigned to classes, in PostgreSQL. Every statement names the class, so one class never touches another's. */
@Repository
public class AssignmentRepository {

    private static final String COLUMNS = "id, class_id, lesson_id, exercise_id, due_on, version";
    /** Dated assignments first, soonest first; then undated ones, oldest first. */
    private static final String ORDER = " order by due_on nulls last, created_at, id";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Assignment> byClass(ClassId classId) {
        return jdbc.sql("select " + COLUMNS + " from assignment where class_id = ?" + ORDER).param(classId.value())
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<Assignment> find(ClassId classId, AssignmentId id) {
        return jdbc.sql("select " + COLUMNS + " from assignment where class_id = ? and id = ?").params(classId.value(), id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /** False when the class already has this lesson (or this exercise of it): nothing was stored. */
    public boolean insert(AssignmentId id, ClassId classId, LessonId lesson, @Nullable String exerciseId, @Nullable LocalDate dueOn) {
        // clock_timestamp(), not now(): assignments made in one transaction still keep their order
        return jdbc.sql("""
                insert into assignment (id, class_id, lesson_id, exercise_id, due_on, created_at)
                values (:id, :class, :lesson, :exercise, :due, clock_timestamp())
                on conflict (class_id, lesson_id, (coalesce(exercise_id, ''))) do nothing
                """)
                .param("id", id.value()).param("class", classId.value()).param("lesson", lesson.value())
                .param("exercise", exerciseId, java.sql.Types.VARCHAR).param("due", dueOn, java.sql.Types.DATE)
                .update() == 1;
    }

    /** False when the assignment's version has moved on (or it is gone): nothing was changed. */
    public boolean changeDueDate(ClassId classId, AssignmentId id, long expectedVersion, @Nullable LocalDate dueOn) {
        return jdbc.sql("update assignment set due_on = :due, version = version + 1 where class_id = :class and id = :id and version = :version")
                .param("due", dueOn, java.sql.Types.DATE).param("class", classId.value()).param("id", id.value())
                .param("version", expectedVersion)
                .update() == 1;
    }

    /** False when there was no such assignment in the class. */
    public boolean delete(ClassId classId, AssignmentId id) {
        return jdbc.sql("delete from assignment where class_id = ? and id = ?").params(classId.value(), id.value()).update() == 1;
    }

    private static Assignment map(ResultSet rs) throws SQLException {
        return new Assignment(new AssignmentId(rs.getObject("id", UUID.class)), new ClassId(rs.getObject("class_id", UUID.class)),
                new LessonId(rs.getString("lesson_id")), rs.getString("exercise_id"), rs.getObject("due_on", LocalDate.class),
                rs.getLong("version"));
    }
}

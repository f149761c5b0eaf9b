package org.stepwise.exercise.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.SavedWorkspace;
import org.stepwise.security.AccountId;

/** The latest workspace per student and exercise. A save replaces the previous one. */
@Repository
public class SavedWorkspaceRepository {

    private final JdbcClient jdbc;

    SavedWorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Instant save(AccountId account, ExerciseKey key, String workspaceJson) {
        return jdbc.sql("""
                insert into saved_workspace (account_id, lesson_id, exercise_id, workspace, updated_at)
                values (:account, :lesson, :exercise, :workspace, now())
                on conflict (account_id, lesson_id, exercise_id)
                do update set workspace = excluded.workspace, updated_at = excluded.updated_at
                returning updated_at
                """)
                .param("account", account.value())
                .param("lesson", key.lessonId())
                .param("exercise", key.exerciseId())
                .param("workspace", workspaceJson)
                .query(OffsetDateTime.class).single().toInstant();
    }

    public Optional<SavedWorkspace> find(AccountId account, ExerciseKey key) {
        return jdbc.sql("select workspace, updated_at from saved_workspace where account_id = ? and lesson_id = ? and exercise_id = ?")
                .params(account.value(), key.lessonId(), key.exerciseId())
                .query((rs, n) -> new SavedWorkspace(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }
}

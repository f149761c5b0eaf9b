package org.stepwise.exercise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.SavedWorkRecord;
import org.stepwise.exercise.SavedWorkspace;
import org.stepwise.security.AccountId;

/**
 * The latest workspace per student and exercise, versioned: a save replaces the saved workspace
 * only when it names the version that is saved, so no save silently overwrites another.
 */
@Repository
public class SavedWorkspaceRepository {

    private final JdbcClient jdbc;

    SavedWorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the workspace if the saved one is still at {@code expectedVersion} ({@code 0}: nothing
     * saved yet). Each statement is atomic on its own: the update changes the row only at that
     * version, and the insert adds one only where there is none.
     *
     * @return the workspace as stored, with its new version; empty when the saved workspace has
     *         moved on (nothing was stored)
     */
    public Optional<SavedWorkspace> saveIfAt(AccountId account, ExerciseKey key, String workspaceJson, long expectedVersion) {
        if (expectedVersion > 0) {
            Optional<SavedWorkspace> updated = jdbc.sql("""
                    update saved_workspace set workspace = :workspace, updated_at = now(), version = version + 1
                    where account_id = :account and lesson_id = :lesson and exercise_id = :exercise and version = :expected
                    returning workspace, updated_at, version
                    """)
                    .param("account", account.value())
                    .param("lesson", key.lessonId())
                    .param("exercise", key.exerciseId())
                    .param("workspace", workspaceJson)
                    .param("expected", expectedVersion)
                    .query(SavedWorkspaceRepository::saved).optional();
            if (updated.isPresent()) {
                return updated;
            }
        }
        // nothing saved yet, or (expected > 0) the row is gone: nobody's work is there to lose. The
        // version goes on from the expected one, so an old tab cannot match a re-created row.
        return jdbc.sql("""
                insert into saved_workspace (account_id, lesson_id, exercise_id, workspace, updated_at, version)
                values (:account, :lesson, :exercise, :workspace, now(), :version)
                on conflict (account_id, lesson_id, exercise_id) do nothing
                returning workspace, updated_at, version
                """)
                .param("account", account.value())
                .param("lesson", key.lessonId())
                .param("exercise", key.exerciseId())
                .param("workspace", workspaceJson)
                .param("version", expectedVersion + 1)
                .query(SavedWorkspaceRepository::saved).optional();
    }

    public Optional<SavedWorkspace> find(AccountId account, ExerciseKey key) {
        return jdbc.sql("select workspace, updated_at, version from saved_workspace where account_id = ? and lesson_id = ? and exercise_id = ?")
                .params(account.value(), key.lessonId(), key.exerciseId())
                .query(SavedWorkspaceRepository::saved)
                .optional();
    }

    /** Which of these students have saved work on which exercises, and when they last saved it. */
    public List<SavedWorkRecord> savedBy(Collection<AccountId> accounts) {
        return jdbc.sql("""
                select account_id, lesson_id, exercise_id, updated_at from saved_workspace
                where account_id = any(cast(:accounts as uuid[]))
                order by account_id, lesson_id, exercise_id
                """)
                .param("accounts", Accounts.array(accounts))
                .query((rs, n) -> new SavedWorkRecord(new AccountId(rs.getObject(1, java.util.UUID.class)),
                        new ExerciseKey(rs.getString(2), rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static SavedWorkspace saved(ResultSet rs, int row) throws SQLException {
        return new SavedWorkspace(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3));
    }
}

package org.stepwise.exercise.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.exercise.AttemptSummary;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.grading.Grade;
import org.stepwise.security.AccountId;

/** Every check a signed-in student made. */
@Repository
public class AttemptRepository {

    private final JdbcClient jdbc;

    AttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AccountId account, ExerciseKey key, int lessonVersion, Grade grade, String workspaceJson) {
        jdbc.sql("""
                insert into attempt (account_id, lesson_id, lesson_version, exercise_id, passed, cases_passed,
                                     cases_total, blocks_used, steps, workspace)
                values (:account, :lesson, :version, :exercise, :passed, :casesPassed, :casesTotal, :blocks, :steps, :workspace)
                """)
                .param("account", account.value())
                .param("lesson", key.lessonId())
                .param("version", lessonVersion)
                .param("exercise", key.exerciseId())
                .param("passed", grade.passed())
                .param("casesPassed", (int) grade.casesPassed())
                .param("casesTotal", grade.cases().size())
                .param("blocks", grade.blocksUsed())
                .param("steps", grade.steps())
                .param("workspace", workspaceJson)
                .update();
    }

    /** The student's attempts on an exercise, newest first. */
    public List<AttemptSummary> attempts(AccountId account, ExerciseKey key) {
        return jdbc.sql("""
                select passed, cases_passed, cases_total, blocks_used, steps, created_at from attempt
                where account_id = ? and lesson_id = ? and exercise_id = ? order by created_at desc, id desc
                """)
                .params(account.value(), key.lessonId(), key.exerciseId())
                .query((rs, n) -> new AttemptSummary(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                        rs.getObject(6, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}

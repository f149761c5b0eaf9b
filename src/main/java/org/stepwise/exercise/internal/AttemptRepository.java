package org.stepwise.exercise.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.exercise.AttemptRecord;
import org.stepwise.exercise.AttemptSummary;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.Grade;
import org.stepwise.security.AccountId;

/** Every check a signed-in student made, with the verdict on each case. */
@Repository
public class AttemptRepository {

    private final JdbcClient jdbc;

    AttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a check and one {@code attempt_case} row per case, in one transaction.
     *
     * @return the attempt's id
     */
    @Transactional
    public long record(AccountId account, ExerciseKey key, int lessonVersion, Grade grade, String workspaceJson,
            int hintsUsed, int secondsSpent) {
        long id = jdbc.sql("""
                insert into attempt (account_id, lesson_id, lesson_version, exercise_id, passed, cases_passed,
                                     cases_total, blocks_used, steps, workspace, hints_used, seconds_spent)
                values (:account, :lesson, :version, :exercise, :passed, :casesPassed, :casesTotal, :blocks, :steps,
                        :workspace, :hints, :seconds)
                returning id
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
                .param("hints", hintsUsed)
                .param("seconds", secondsSpent)
                .query(Long.class).single();
        List<CaseResult> cases = grade.cases();
        if (!cases.isEmpty()) {
            // one statement for all the cases (an exercise may generate hundreds)
            jdbc.sql("""
                    insert into attempt_case (attempt_id, position, case_name, hidden, passed)
                    select :attempt, c.position - 1, c.case_name, c.hidden, c.passed
                    from unnest(cast(:names as text[]), cast(:hidden as boolean[]), cast(:passed as boolean[]))
                         with ordinality as c(case_name, hidden, passed, position)
                    """)
                    .param("attempt", id)
                    .param("names", cases.stream().map(CaseResult::name).toArray(String[]::new))
                    .param("hidden", booleans(cases, c -> !c.visible()))
                    .param("passed", booleans(cases, CaseResult::passed))
                    .update();
        }
        return id;
    }

    /** The student's attempts on an exercise, newest first. */
    public List<AttemptSummary> attempts(AccountId account, ExerciseKey key) {
        return jdbc.sql("""
                select passed, cases_passed, cases_total, blocks_used, steps, created_at from attempt
                where account_id = ? and lesson_id = ? and exercise_id = ? order by created_at desc, id desc
                """)
                .params(account.value(), key.lessonId(), key.exerciseId())
                .query((rs, n) -> new AttemptSummary(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Every attempt of these students, by student and exercise, oldest first. */
    public List<AttemptRecord> attemptsOf(Collection<AccountId> accounts) {
        return jdbc.sql("""
                select account_id, lesson_id, exercise_id, passed, cases_passed, cases_total, steps, hints_used,
                       seconds_spent, created_at
                from attempt where account_id = any(cast(:accounts as uuid[]))
                order by account_id, lesson_id, exercise_id, created_at, id
                """)
                .param("accounts", Accounts.array(accounts))
                .query((rs, n) -> new AttemptRecord(new AccountId(rs.getObject(1, UUID.class)),
                        new ExerciseKey(rs.getString(2), rs.getString(3)), rs.getBoolean(4), rs.getInt(5), rs.getInt(6),
                        rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Per exercise and case, how many of these students failed it in their latest attempt on the
     * exercise, out of how many were graded on it: by exercise, the most failed first, then in the
     * exercise's order.
     */
    public List<CaseFailure> caseFailures(Collection<AccountId> accounts) {
        return jdbc.sql("""
                with latest as (
                    select distinct on (account_id, lesson_id, exercise_id) id, account_id, lesson_id, exercise_id
                    from attempt where account_id = any(cast(:accounts as uuid[]))
                    order by account_id, lesson_id, exercise_id, created_at desc, id desc
                )
                select l.lesson_id, l.exercise_id, c.case_name, c.hidden,
                       count(distinct l.account_id) filter (where not c.passed) as failing,
                       count(distinct l.account_id) as tried
                from latest l join attempt_case c on c.attempt_id = l.id
                group by l.lesson_id, l.exercise_id, c.case_name, c.hidden
                order by l.lesson_id, l.exercise_id, failing desc, min(c.position), c.case_name
                """)
                .param("accounts", Accounts.array(accounts))
                .query((rs, n) -> new CaseFailure(new ExerciseKey(rs.getString(1), rs.getString(2)), rs.getString(3),
                        rs.getBoolean(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    private static boolean[] booleans(List<CaseResult> cases, java.util.function.Predicate<CaseResult> test) {
        boolean[] values = new boolean[cases.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = test.test(cases.get(i));
        }
        return values;
    }
}

package org.stepwise.exercise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.stepwise.exercise.internal.AttemptRepository;
import org.stepwise.exercise.internal.SavedWorkspaceRepository;
import org.stepwise.security.AccountId;
import org.stepwise.security.Roles;

/**
 * Students' work and attempts as their teacher reads them (the class dashboard, the cases the class
 * fails most, a student's latest program).
 *
 * <p><b>Contract: who may read whose work is not decided here.</b> Every method requires the
 * {@code TEACHER} role, and nothing more: it returns the work of whichever accounts it is given. The
 * caller (the classroom module) must first check that the signed-in teacher teaches every one of
 * those students, and pass only those; otherwise it must refuse ({@code AccessDeniedException})
 * without calling. No other module should call these methods. Results are plain records with no
 * program in them, except {@link #latestWorkspace}.
 */
@Service
public class ExerciseProgress {

    private static final String TEACHER_ONLY = "hasRole('" + Roles.TEACHER + "')";

    private final AttemptRepository attempts;
    private final SavedWorkspaceRepository workspaces;

    ExerciseProgress(AttemptRepository attempts, SavedWorkspaceRepository workspaces) {
        this.attempts = attempts;
        this.workspaces = workspaces;
    }

    /**
     * Every attempt of these students on every exercise, by student (in no particular order of
     * students), then by exercise, oldest attempt first. No students, no attempts.
     */
    @PreAuthorize(TEACHER_ONLY)
    public List<AttemptRecord> attempts(Collection<AccountId> students) {
        return students.isEmpty() ? List.of() : attempts.attemptsOf(students);
    }

    /**
     * Per exercise and case, how many of these students fail it, counted from each student's latest
     * attempt on the exercise (whatever version of the lesson it was made on): by exercise, the
     * most failed case first, then in the exercise's order. Every case graded in some student's
     * latest attempt is listed, also those nobody fails. A latest attempt whose program could not
     * run at all (an unknown block, say) was graded on no case and counts for none.
     */
    @PreAuthorize(TEACHER_ONLY)
    public List<CaseFailure> caseFailures(Collection<AccountId> students) {
        return students.isEmpty() ? List.of() : attempts.caseFailures(students);
    }

    /** Which of these students have saved work on which exercises (started, even if never checked). */
    @PreAuthorize(TEACHER_ONLY)
    public List<SavedWorkRecord> savedWork(Collection<AccountId> students) {
        return students.isEmpty() ? List.of() : workspaces.savedBy(students);
    }

    /** A student's latest program on an exercise, as last saved, to open read-only; empty when none. */
    @PreAuthorize(TEACHER_ONLY)
    public Optional<SavedWorkspace> latestWorkspace(AccountId student, ExerciseKey exercise) {
        return workspaces.find(student, exercise);
    }
}

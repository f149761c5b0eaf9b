package org.stepwise.exercise;

/**
 * A save that would have overwritten a workspace saved meanwhile somewhere else (another tab,
 * another computer): the saved workspace had moved on from the version the save named. Nothing was
 * stored; {@link #saved()} is the workspace that is saved now, so the student can choose between it
 * and their own.
 */
public class WorkspaceConflictException extends RuntimeException {

    private final SavedWorkspace saved;
    private final long expectedVersion;

    public WorkspaceConflictException(ExerciseKey key, long expectedVersion, SavedWorkspace saved) {
        super("the workspace of " + key + " was saved elsewhere (version " + saved.version()
                + ") since version " + expectedVersion + " was loaded; nothing was saved");
        this.saved = saved;
        this.expectedVersion = expectedVersion;
    }

    /** The workspace saved meanwhile, with its version: save over it by naming that version. */
    public SavedWorkspace saved() {
        return saved;
    }

    /** The version the refused save named (0: it expected nothing to be saved yet). */
    public long expectedVersion() {
        return expectedVersion;
    }
}

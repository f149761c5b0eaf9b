package org.stepwise.exercise;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.stepwise.exercise.internal.SavedWorkspaceRepository;
import org.stepwise.program.ProgramParser;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.SignedInUser;

/**
 * A signed-in student's work, saved as they build it. The account is always the signed-in one,
 * never one named by the caller. Anonymous visitors' work stays in their browser.
 *
 * <p>No lost updates: every saved workspace has a version. A tab remembers the version it loaded
 * (0 when there was nothing) and names it when it saves; the save is stored only if that is still
 * the saved version, and the tab then remembers the new one. When another tab or computer saved
 * meanwhile, nothing is stored and {@link WorkspaceConflictException} carries the other workspace.
 */
@Service
public class StudentWork {

    private final SavedWorkspaceRepository workspaces;
    private final CurrentUser currentUser;

    StudentWork(SavedWorkspaceRepository workspaces, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.currentUser = currentUser;
    }

    /** Whether work is saved on the server (someone is signed in) or only in the browser. */
    public boolean savesOnServer() {
        return currentUser.get().isPresent();
    }

    /**
     * The signed-in student's latest workspace for the exercise, with its version to name in the
     * next {@link #save}; empty when nothing is saved yet (save with version 0) or for anonymous visitors.
     */
    public Optional<SavedWorkspace> load(ExerciseKey key) {
        return currentUser.get().flatMap(user -> workspaces.find(user.id(), key));
    }

    /**
     * Saves the workspace as it is, even when it does not run yet: it is work in progress. Stored
     * only if the saved workspace is still the one this save builds on.
     *
     * @param expectedVersion the version loaded or last saved by the caller; 0 when there was nothing saved
     * @return the workspace as saved, with its new version (name it in the next save)
     * @throws WorkspaceConflictException when the workspace was saved meanwhile elsewhere (its version is
     *                                    no longer {@code expectedVersion}); nothing was stored
     * @throws WorkspaceTooLargeException when the JSON is over {@link ProgramParser#MAX_JSON_BYTES}: nothing
     *                                    is stored that could never load
     */
    @PreAuthorize("isAuthenticated()")
    public SavedWorkspace save(ExerciseKey key, String workspaceJson, long expectedVersion) {
        SignedInUser user = currentUser.get().orElseThrow(() -> new IllegalStateException("no one is signed in"));
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("a workspace version is 0 (nothing saved) or more, not " + expectedVersion);
        }
        int bytes = workspaceJson.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ProgramParser.MAX_JSON_BYTES) {
            throw new WorkspaceTooLargeException(bytes, ProgramParser.MAX_JSON_BYTES);
        }
        return workspaces.saveIfAt(user.id(), key, workspaceJson, expectedVersion)
                .orElseGet(() -> {
                    SavedWorkspace other = workspaces.find(user.id(), key).orElseThrow(() -> new IllegalStateException(
                            "the workspace of " + key + " could be neither saved nor found"));
                    throw new WorkspaceConflictException(key, expectedVersion, other);
                });
    }
}

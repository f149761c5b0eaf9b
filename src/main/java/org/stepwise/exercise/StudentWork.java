package org.stepwise.exercise;

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

    /** The signed-in student's latest workspace for the exercise; empty for anonymous visitors. */
    public Optional<SavedWorkspace> load(ExerciseKey key) {
        return currentUser.get().flatMap(user -> workspaces.find(user.id(), key));
    }

    /**
     * Saves the workspace as it is, even when it does not run yet: it is work in progress. Refused
     * only when it is larger than a program may be, so that nothing is stored that could never load.
     *
     * @throws WorkspaceTooLargeException when the JSON is over {@link ProgramParser#MAX_JSON_BYTES}
     */
    @PreAuthorize("isAuthenticated()")
    public SavedWorkspace save(ExerciseKey key, String workspaceJson) {
        SignedInUser user = currentUser.get().orElseThrow(() -> new IllegalStateException("no one is signed in"));
        int bytes = workspaceJson.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > ProgramParser.MAX_JSON_BYTES) {
            throw new WorkspaceTooLargeException(bytes, ProgramParser.MAX_JSON_BYTES);
        }
        return new SavedWorkspace(workspaceJson, workspaces.save(user.id(), key, workspaceJson));
    }
}

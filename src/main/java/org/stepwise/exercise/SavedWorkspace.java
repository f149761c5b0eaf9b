package org.stepwise.exercise;

import java.time.Instant;

/**
 * A student's latest workspace for an exercise (Blockly's JSON, as saved), when it was saved, and
 * its version: 1 for the first save, one more with every save. A save names the version it builds
 * on (see {@link StudentWork#save}).
 */
public record SavedWorkspace(String workspaceJson, Instant savedAt, long version) {
}

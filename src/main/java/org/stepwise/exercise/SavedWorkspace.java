package org.stepwise.exercise;

import java.time.Instant;

/** A student's latest workspace for an exercise (Blockly's JSON, as saved) and when it was saved. */
public record SavedWorkspace(String workspaceJson, Instant savedAt) {
}

package org.stepwise.blockly;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A program the browser kept in its {@code localStorage}, so that a visitor without an account
 * (or anyone whose connection dropped) finds their work again after a reload.
 *
 * <p>Stored under the key given to {@link BlocklyWorkspace#setLocalStorageKey(String)} as JSON:
 * {@code {"format": 1, "savedAt": 1764100000000, "workspace": {…Blockly's JSON…}}}, where
 * {@code savedAt} is milliseconds since 1970 (UTC) and {@code workspace} is exactly what
 * {@code Blockly.serialization.workspaces.save} returned. It is rewritten on every edit.
 *
 * @param workspaceJson the program, as {@link WorkspaceChangeEvent#getWorkspaceJson()} gives it
 * @param savedAt       when the browser wrote it (the browser's clock)
 */
public record LocalBackup(String workspaceJson, Instant savedAt) {

    /** The stored shape's version, written as {@code format}. */
    public static final int FORMAT = 1;

    /**
     * Reads what the browser stored. Anything else (nothing, another format, a damaged entry) is
     * no backup: a backup is a convenience and must never stop a page from opening.
     */
    public static Optional<LocalBackup> parse(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode root = JsonMapper.builder().build().readTree(stored);
            JsonNode workspace = root.path("workspace");
            JsonNode savedAt = root.path("savedAt");
            if (root.path("format").asInt(0) != FORMAT || !workspace.isObject() || !savedAt.isNumber()) {
                return Optional.empty();
            }
            return Optional.of(new LocalBackup(workspace.toString(), Instant.ofEpochMilli(savedAt.asLong())));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

package org.stepwise.blockly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the browser keeps in localStorage comes back as a backup, and anything else as none. */
class LocalBackupTest {

    @Test
    void the_stored_shape_gives_the_program_and_when_it_was_saved() {
        String stored = "{\"format\":1,\"savedAt\":1764100000000,\"workspace\":{\"blocks\":{\"languageVersion\":0,\"blocks\":[]}}}";

        LocalBackup backup = LocalBackup.parse(stored).orElseThrow();

        assertThat(backup.workspaceJson()).isEqualTo("{\"blocks\":{\"languageVersion\":0,\"blocks\":[]}}");
        assertThat(backup.savedAt()).isEqualTo(Instant.ofEpochMilli(1764100000000L));
    }

    @Test
    void nothing_a_damaged_entry_or_another_format_is_no_backup() {
        assertThat(LocalBackup.parse(null)).isEmpty();
        assertThat(LocalBackup.parse("")).isEmpty();
        assertThat(LocalBackup.parse("{\"format\":1,\"savedAt\":17641")).isEmpty();
        assertThat(LocalBackup.parse("{\"format\":2,\"savedAt\":1764100000000,\"workspace\":{}}")).isEmpty();
        assertThat(LocalBackup.parse("{\"format\":1,\"savedAt\":\"yesterday\",\"workspace\":{}}")).isEmpty();
        assertThat(LocalBackup.parse("{\"format\":1,\"savedAt\":1764100000000,\"workspace\":\"{}\"}")).isEmpty();
    }
}

package org.stepwise.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that Stepwise starts when no external database is configured.
 *
 * @param dataDir   where the cluster lives; defaults to {@code ~/.stepwise/postgres}
 * @param port      the port it listens on (loopback only); 0 picks a free one
 * @param ephemeral a throw-away cluster in a temporary directory, deleted at shutdown (tests)
 */
@ConfigurationProperties("stepwise.database.embedded")
public record EmbeddedDatabaseProperties(@Nullable Path dataDir, int port, boolean ephemeral) {

    public Path dataDirOrDefault() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".stepwise", "postgres");
    }
}

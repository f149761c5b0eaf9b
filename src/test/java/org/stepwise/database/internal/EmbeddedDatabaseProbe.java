package org.stepwise.database.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerIT}: starts the persistent embedded server on
 * the directory given as the first argument, commits a row, prints READY and waits to be killed.
 */
public final class EmbeddedDatabaseProbe {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(Path.of(args[0]), 0);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement s = c.createStatement()) {
            s.execute("create table if not exists survivor (note text not null)");
            s.execute("insert into survivor (note) values ('" + args[1] + "')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private EmbeddedDatabaseProbe() {
    }
}

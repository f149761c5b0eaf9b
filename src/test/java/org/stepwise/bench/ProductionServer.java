package org.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The production jar, started as a separate JVM on a free port with a throw-away embedded
 * database, and the JDK's {@code jcmd} pointed at it for garbage collections and heap figures.
 */
final class ProductionServer implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private ProductionServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code java -jar jar --server.port=<free> --stepwise.database.embedded.ephemeral=true
     * extraArgs...} with this JVM's {@code java}, and waits until {@code /actuator/health} says UP.
     *
     * @throws IllegalStateException when the jar is missing, is not a production build, or does not come up
     */
    static ProductionServer start(Path jar, Path log, List<String> extraArgs) throws IOException, InterruptedException {
        requireProductionJar(jar);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(javaTool("java").toString(), "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--stepwise.database.embedded.ephemeral=true"));
        command.addAll(extraArgs);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProductionServer server = new ProductionServer(process, port, log);
        try {
            server.awaitHealthy();
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    long pid() {
        return process.pid();
    }

    /** Full collections until the live heap settles, then the heap in use in bytes ({@code GC.heap_info}). */
    long heapUsedAfterGc() {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no \"used ...K\" figure");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** The live objects, by class ({@code GC.class_histogram}, which collects first). */
    HeapHistogram histogram() {
        return HeapHistogram.parse(jcmd("GC.class_histogram"));
    }

    /** Writes the live objects to an HPROF file, for a heap analyser. */
    void heapDump(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        jcmd("GC.heap_dump", file.toAbsolutePath().toString());
    }

    private String jcmd(String... command) {
        List<String> line = new ArrayList<>(List.of(javaTool("jcmd").toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run jcmd " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd " + String.join(" ", command), e);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(baseUrl() + "actuator/health");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the production jar stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the production jar was not healthy after " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private static void requireProductionJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist. Build it first: PATH=$HOME/.local/node24/bin:$PATH ./mvnw -Pproduction -DskipTests package");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String text = info == null ? "" : new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8);
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " is a development build, and browser figures only mean something for the production "
                        + "build: PATH=$HOME/.local/node24/bin:$PATH ./mvnw -Pproduction -DskipTests package");
            }
        }
    }

    private static Path javaTool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException("no " + name + " in " + tool.getParent() + ": run the benchmark with a full JDK 21+");
        }
        return tool;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: graceful shutdown, which also stops and removes the throw-away database
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

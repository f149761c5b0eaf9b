package org.stepwise.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.stepwise.e2e.BrowserSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a student's browser and the server cost, measured against the production jar, which this
 * starts itself (free port, throw-away embedded database) and stops at the end:
 * <ol>
 * <li>bytes a fresh browser downloads to open a lesson page, and then to go on to an exercise, and
 *     that Blockly's code comes only with the exercise ({@link PageWeight});</li>
 * <li>time from a Step click to the next block marked, in Chromium ({@link StepLatency});</li>
 * <li>the server's live heap per idle student session on the exercise view, without and with a
 *     program stepped through ({@link SessionHeap}).</li>
 * </ol>
 * Prints every figure beside its target (docs/benchmarks.md). Not a test: nothing here runs in
 * {@code ./mvnw verify}.
 *
 * <pre>
 * PATH=$HOME/.local/node24/bin:$PATH ./mvnw -Pproduction -DskipTests package
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.stepwise.bench.BrowserBenchmark [-Dexec.args="..."]
 * </pre>
 * Arguments: {@code --jar=target/stepwise.jar}, {@code --sessions=30}, {@code --steps=300},
 * {@code --long-sessions=5} (0: none), {@code --only=weight,steps,heap} (some of the three),
 * {@code --heap-dump=FILE} (an HPROF dump of the server while the idle pages are open), and any
 * number of {@code --server-arg=--some.property=value} passed to the jar.
 */
public final class BrowserBenchmark {

    static final String LESSON = "100-days-from-tuesday";
    static final String EXERCISE = "count-day-by-day";

    static final double PAGE_TARGET_KB = 700;
    static final double STEP_TARGET_MS = 50;
    static final double SESSION_TARGET_KB = 150;

    /** The three measurements, by the names {@code --only=} takes. */
    private static final List<String> PARTS = List.of("weight", "steps", "heap");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/stepwise.jar");
        int sessions = 30;
        int steps = 300;
        int longSessions = 5;
        Set<String> only = new HashSet<>(PARTS);
        Path heapDump = null;
        List<String> serverArgs = new ArrayList<>();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--jar=")) {
                jar = Path.of(value);
            } else if (arg.startsWith("--sessions=")) {
                sessions = Integer.parseInt(value);
            } else if (arg.startsWith("--steps=")) {
                steps = Integer.parseInt(value);
            } else if (arg.startsWith("--long-sessions=")) {
                longSessions = Integer.parseInt(value);
            } else if (arg.startsWith("--only=") && PARTS.containsAll(List.of(value.split(",")))) {
                only = Set.of(value.split(","));
            } else if (arg.startsWith("--heap-dump=")) {
                heapDump = Path.of(value);
            } else if (arg.startsWith("--server-arg=")) {
                serverArgs.add(value);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (known: --jar= --sessions= --steps= --long-sessions= --only=weight,steps,heap --heap-dump= --server-arg=)");
            }
        }
        JsonNode solution = JSON.readTree(Files.readString(Path.of("lessons", LESSON, EXERCISE + ".exercise.json"))).path("solution");
        JsonNode longProgram = JSON.readTree(LONG_PROGRAM);

        Path log = Path.of("target", "browser-benchmark", "server.log");
        List<String[]> summary = new ArrayList<>();
        try (ProductionServer server = ProductionServer.start(jar, log, serverArgs);
             Playwright playwright = BrowserSession.createPlaywright();
             Browser browser = BrowserSession.launchChromium(playwright)) {
            printEnvironment("Stepwise browser benchmark", jar, browser, serverArgs);
            String base = server.baseUrl();
            ExercisePages pages = new ExercisePages(browser, base, LESSON, EXERCISE);

            if (only.contains("weight")) {
                PageWeight.Result weight = new PageWeight(browser, base).measure(LESSON, EXERCISE);
                PageWeight.print("1a. Fresh browser opens /lessons/" + LESSON, weight.lessonPage());
                PageWeight.print("1b. Then a click on the exercise " + EXERCISE, weight.toExercise());
                PageWeight.Load lesson = weight.lessonPage();
                summary.add(row("lesson page, first load, bytes on the wire", kb(lesson.wireBytes()), "<= 700 KB",
                        lesson.wireBytes() / 1024.0 <= PAGE_TARGET_KB));
                summary.add(row("lesson page, first load, if every body were gzipped", kb(lesson.gzipBytes()), "<= 700 KB",
                        lesson.gzipBytes() / 1024.0 <= PAGE_TARGET_KB));
                summary.add(row("responses of the lesson page holding Blockly's code", blocklyPaths(lesson), "none", lesson.withBlockly().isEmpty()));
                summary.add(row("responses of the exercise holding Blockly's code", blocklyPaths(weight.toExercise()), "Blockly's chunk",
                        !weight.toExercise().withBlockly().isEmpty()));
                summary.add(row("going on to the exercise, bytes on the wire", kb(weight.toExercise().wireBytes()), "-", true));
            }

            if (only.contains("steps")) {
                StepLatency.Result latency = new StepLatency(pages).measure(solution, steps);
                StepLatency.print(latency);
                summary.add(row("Step click to marked block, p50 / p95 / max", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms",
                        latency.percentile(50), latency.percentile(95), latency.percentile(100)), "p95 <= 50 ms",
                        latency.percentile(95) <= STEP_TARGET_MS));
            }

            if (only.contains("heap")) {
                SessionHeap heap = new SessionHeap(server, pages);
                // Warm the server up with as many browsers as will be measured, then close them: classes, caches,
                // the exercise's grading plan, and Tomcat's pool of connection buffers (sized by how many
                // browsers are connected at once, not by sessions) are then in the "before" figure.
                heap.warmUp(sessions, solution);
                List<SessionHeap.Phase> phases = new ArrayList<>();
                phases.add(heap.measure("3a. Idle sessions on the exercise, no program", sessions, null, 0, heapDump));
                phases.add(heap.measure("3b. Sessions with the day-by-day solution restored and stepped 5 times", sessions, solution, 5, null));
                if (longSessions > 0) {
                    phases.add(heap.measure("3c. Sessions stepping a program that runs until the trace is full", longSessions, longProgram, 1, null));
                }
                for (SessionHeap.Phase phase : phases) {
                    SessionHeap.print(phase, 15);
                    summary.add(row("live heap per session, " + phase.name().substring(4), String.format(Locale.ROOT, "%.1f KB",
                            phase.bytesPerSession() / 1024), "<= 150 KB", phase.bytesPerSession() / 1024 <= SESSION_TARGET_KB));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nSummary (targets from the issue)%n");
        summary.forEach(r -> System.out.printf(Locale.ROOT, "  %-82s %-22s %-16s %s%n", (Object[]) r));
    }

    /** "repeat 1,000,000 times: turn the wheel to the next day", then answer: more steps than a trace keeps. */
    private static final String LONG_PROGRAM = """
            {"blocks": {"languageVersion": 0, "blocks": [{"type": "controls_repeat_ext", "id": "repeat", "x": 20, "y": 20,
              "inputs": {"TIMES": {"block": {"type": "math_number", "id": "times", "fields": {"NUM": 1000000}}},
                         "DO": {"block": {"type": "calendar_next_day", "id": "next-day"}}},
              "next": {"block": {"type": "calendar_answer", "id": "answer"}}}]}}
            """;

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String blocklyPaths(PageWeight.Load load) {
        List<String> paths = load.withBlockly().stream().map(t -> t.path().substring(t.path().lastIndexOf('/') + 1)).toList();
        return paths.isEmpty() ? "none" : String.join(", ", paths);
    }

    private static String[] row(String figure, String measured, String target, boolean met) {
        return new String[] {figure, measured, target, target.equals("-") ? "" : met ? "ok" : "OVER TARGET"};
    }

    /** The date, the machine, the server's jar and Java, the libraries that decide the figures, and the browser. */
    static void printEnvironment(String title, Path jar, Browser browser, List<String> serverArgs) throws IOException {
        String cpu = "?";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            Matcher model = Pattern.compile("model name\\s*:\\s*(.+)").matcher(Files.readString(cpuinfo));
            cpu = model.find() ? model.group(1).strip() : cpu;
        }
        System.out.printf(Locale.ROOT, "%s, %s%n", title, OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE));
        System.out.printf(Locale.ROOT, "  machine: %d cores (%s), %s %s%n", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("os.name"), System.getProperty("os.version"));
        System.out.printf(Locale.ROOT, "  server:  %s on Java %s (%s)%s%n", jar, Runtime.version(), System.getProperty("java.vm.vendor"),
                serverArgs.isEmpty() ? "" : " " + serverArgs);
        System.out.printf(Locale.ROOT, "  libs:    %s%n", String.join(", ", libraryVersions(jar)));
        System.out.printf(Locale.ROOT, "  browser: Chromium %s, headless, on the same machine (loopback)%n", browser.version());
    }

    /** Versions of the libraries that decide the figures, from the jar's nested jars and Vaadin's build stats. */
    private static List<String> libraryVersions(Path jar) throws IOException {
        List<String> versions = new ArrayList<>();
        Pattern lib = Pattern.compile("BOOT-INF/lib/(flow-server|spring-boot|tomcat-embed-core)-(\\d[^/]*)\\.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Collections.list(zip.entries()).forEach(e -> {
                Matcher m = lib.matcher(e.getName());
                if (m.matches()) {
                    versions.add(m.group(1) + " " + m.group(2));
                }
            });
            var stats = zip.getEntry("META-INF/VAADIN/config/stats.json");
            if (stats != null) {
                Matcher blockly = Pattern.compile("\"blockly\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(new String(zip.getInputStream(stats).readAllBytes(), StandardCharsets.UTF_8));
                if (blockly.find()) {
                    versions.add("blockly " + blockly.group(1));
                }
            }
        }
        Collections.sort(versions);
        return versions;
    }

    private BrowserBenchmark() {
    }
}

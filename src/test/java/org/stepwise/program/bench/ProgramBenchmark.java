package org.stepwise.program.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grade;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.program.Interpreter;
import org.stepwise.program.Program;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.RunOptions;
import org.stepwise.program.RunResult;
import org.stepwise.program.World;
import org.stepwise.world.Worlds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the interpreter side by side with its peers, in one run, and prints the figures and
 * ratios (see docs/benchmarks.md):
 * <ul>
 * <li>Stepwise's block-steps per second on loop-heavy, call-heavy and list-heavy workspaces;</li>
 * <li>the same workspaces through Blockly's JavaScript generator + JS-Interpreter and as native
 *     JavaScript ({@code tools/blockly-reference/bench.mjs}, needs Node 24 — skipped with a note
 *     when Node is missing);</li>
 * <li>plain Java doing the same computation;</li>
 * <li>the memory of a 10,000-step trace.</li>
 * </ul>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.stepwise.program.bench.ProgramBenchmark}
 */
public final class ProgramBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path BENCH = Path.of("src/test/resources/program/bench");

    /** Plain Java equivalents of the benchmark workspaces, by file name: each returns the printed number. */
    private static final Map<String, LongSupplier> PLAIN_JAVA = Map.of(
            "loop-heavy.json", ProgramBenchmark::loopHeavy,
            "call-heavy.json", () -> fib(20),
            "list-heavy.json", ProgramBenchmark::listHeavy);

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(BENCH)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Map<String, JsonNode> js = javaScriptFigures(files);
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %12s %12s %12s %12s %12s %13s %9s %9s%n", "workspace", "steps/run", "work/run",
                "Stepwise ms", "steps/s", "work/s", "JS-Interp ms", "native JS ms", "plain Java ms", "vs JS-I", "vs Java");
        for (Path file : files) {
            JsonNode entry = JSON.readTree(Files.readString(file));
            Program program = ProgramParser.standard().parse(JSON.writeValueAsString(entry.path("workspace")));
            RunOptions options = RunOptions.defaults().withStepBudget(Long.MAX_VALUE / 2);
            RunResult once = Interpreter.run(program, World.NONE, options);
            double stepwiseNanos = Measure.medianNanos(() -> Interpreter.run(program, World.NONE, options), 3_000, 3_000);
            double stepsPerSecond = once.steps() / (stepwiseNanos / 1e9);
            String name = file.getFileName().toString();
            LongSupplier plain = PLAIN_JAVA.get(name);
            double plainNanos = plain == null ? Double.NaN : Measure.medianNanos(plain::getAsLong, 1_000, 1_000);
            if (plain != null && once.printed().stream().noneMatch(line -> line.endsWith(" = " + plain.getAsLong()))) {
                System.out.println("!! plain Java result " + plain.getAsLong() + " differs from Stepwise's " + once.printed());
            }
            JsonNode jsEntry = js.get(name);
            double jsInterpreterMs = jsEntry == null ? Double.NaN : jsEntry.path("jsInterpreterMillis").asDouble();
            double nativeMs = jsEntry == null ? Double.NaN : jsEntry.path("nativeJsMillis").asDouble();
            System.out.printf(Locale.ROOT, "%-16s %10d %10d %12.3f %12.0f %12.0f %12.2f %12.3f %13.4f %8.1fx %8.1fx%n", name, once.steps(),
                    once.work(), stepwiseNanos / 1e6, stepsPerSecond, once.work() / (stepwiseNanos / 1e9), jsInterpreterMs, nativeMs, plainNanos / 1e6,
                    jsInterpreterMs / (stepwiseNanos / 1e6), (stepwiseNanos / plainNanos));
        }
        System.out.println("steps: statement blocks run (what a student steps through); work: every block evaluated, loop rounds and calls (what the budget counts).");
        System.out.println("vs JS-I: how many times faster Stepwise runs the workspace than JS-Interpreter (target ≥ 50).");
        System.out.println("vs Java: how many times slower Stepwise is than plain Java doing the same computation.");
        traceMemory();
        grading();
    }

    /**
     * Median time to grade a 10-case exercise (calendar world, 0 to 333 days): parse the
     * workspace, set up each case's world, run, judge. Once with the remainder solution (a few
     * steps a case) and once with the day-by-day program (one step a day, ~1,700 steps in all).
     */
    private static void grading() throws Exception {
        Path dir = Path.of("src/test/resources/grading");
        GradingPlan plan = new Grader(Worlds.standard()).prepare(ExerciseReader.read(Files.readString(dir.resolve("ten-cases.json"))));
        for (String file : List.of("remainder.workspace.json", "day-by-day.workspace.json")) {
            String workspace = Files.readString(dir.resolve(file));
            Grade grade = plan.grade(workspace);
            double nanos = Measure.medianNanos(() -> plan.grade(workspace), 2_000, 2_000);
            System.out.printf(Locale.ROOT, "grading 10 cases, %-26s %8.3f ms median (target ≤ 5 ms); %d steps, %d of %d cases passed%n",
                    file, nanos / 1e6, grade.steps(), grade.casesPassed(), grade.cases().size());
        }
    }

    /** Heap taken by a 10,000-step trace of a loop that changes a variable and prints every step. */
    private static void traceMemory() throws Exception {
        String json = Files.readString(Path.of("src/test/resources/program/trace-10000.json"));
        Program program = ProgramParser.standard().parse(json);
        RunOptions options = RunOptions.defaults().withTrace(true);
        long steps = Interpreter.run(program, World.NONE, options).steps();
        int copies = 20;
        List<RunResult> keep = new ArrayList<>();
        long before = usedHeap();
        for (int i = 0; i < copies; i++) {
            keep.add(Interpreter.run(program, World.NONE, options));
        }
        long after = usedHeap();
        double perTrace = (after - before) / (double) copies;
        System.out.printf(Locale.ROOT, "trace of %d steps: %.0f KB per run (target ≤ 2048 KB); kept %d%n", steps, perTrace / 1024, keep.size());
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static Map<String, JsonNode> javaScriptFigures(List<Path> files) {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        Path script = Path.of("tools/blockly-reference/bench.mjs");
        String node = nodeBinary();
        if (node == null || !Files.exists(script) || !Files.isDirectory(Path.of("tools/blockly-reference/node_modules"))) {
            System.out.println("(JavaScript figures skipped: needs Node 24 and `bash tools/blockly-reference/regenerate.sh` once)");
            return figures;
        }
        List<String> command = new ArrayList<>(List.of(node, script.toString()));
        files.forEach(f -> command.add(f.toString()));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode n = JSON.readTree(line);
                    figures.put(Path.of(n.path("file").asString()).getFileName().toString(), n);
                }
            }
            p.waitFor();
        } catch (Exception e) {
            System.out.println("(JavaScript figures failed: " + e.getMessage() + ")");
        }
        return figures;
    }

    private static String nodeBinary() {
        for (String candidate : new String[] {System.getProperty("user.home") + "/.local/node24/bin/node", "/usr/local/bin/node", "/usr/bin/node"}) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").start();
                String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() == 0 && v.startsWith("v") && Integer.parseInt(v.substring(1, v.indexOf('.'))) >= 24) {
                    return candidate;
                }
            } catch (Exception ignored) {
                // try the next one
            }
        }
        return null;
    }

    // ---- plain Java equivalents ----------------------------------------------------------------

    static long loopHeavy() {
        long sum = 0;
        for (int i = 1; i <= 300; i++) {
            for (int j = 1; j <= 300; j++) {
                sum += (i * j) % 7;
            }
        }
        return sum;
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long listHeavy() {
        List<Double> list = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            list.add((double) ((i * 37) % 101));
        }
        double sum = 0;
        for (double d : list) {
            sum += d;
        }
        return (long) sum;
    }

    private ProgramBenchmark() {
    }
}

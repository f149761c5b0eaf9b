package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.ExerciseException;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grade;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.program.Interpreter;
import org.stepwise.program.Message;
import org.stepwise.program.Program;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.RunOptions;
import org.stepwise.program.RunResult;
import org.stepwise.program.Trace;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import org.stepwise.world.Worlds;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run WORKSPACE.json... [--exercise FILE_OR_ID] [--trace]}: prints one JSON object per
 * workspace, on one line each (JSON Lines), in the order given. See {@code docs/cli.md}.
 *
 * <p>Exit code 0 when every program could be run, whatever its outcome; 2 when an input is bad
 * (unreadable file, not a workspace, unknown block, bad exercise), with a message on standard error
 * naming the file and the block.
 */
public final class RunCommand {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;

    public RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int execute(List<String> args) {
        List<Path> files = new ArrayList<>();
        String exerciseRef = null;
        boolean trace = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--trace" -> trace = true;
                case "--exercise" -> {
                    if (i + 1 >= args.size()) {
                        err.println("stepwise run: --exercise needs a file or an exercise id");
                        return BAD_INPUT;
                    }
                    exerciseRef = args.get(++i);
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("stepwise run: unknown option " + arg + usage());
                        return BAD_INPUT;
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty()) {
            err.println("stepwise run: no workspace given" + usage());
            return BAD_INPUT;
        }
        GradingPlan plan = null;
        if (exerciseRef != null) {
            try {
                plan = new Grader(Worlds.standard()).prepare(loadExercise(exerciseRef));
            } catch (ExerciseException | IOException e) {
                err.println(exerciseRef + ": " + e.getMessage());
                return BAD_INPUT;
            }
        }
        int exit = OK;
        for (Path file : files) {
            if (!runOne(file, plan, trace)) {
                exit = BAD_INPUT;
            }
        }
        out.flush();
        return exit;
    }

    private boolean runOne(Path file, @Nullable GradingPlan plan, boolean withTrace) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.toString());
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            err.println(file + ": cannot read the file: " + e.getMessage());
            line.put("outcome", "ERROR");
            line.put("problem", Map.of("message", "cannot read the file"));
            out.println(JSON.writeValueAsString(line));
            return false;
        }
        ProgramParser parser = plan != null ? plan.parser() : new ProgramParser(Worlds.standard().all().stream().map(org.stepwise.world.WorldType::blocks).reduce(org.stepwise.program.BlockShapes.NONE, org.stepwise.program.BlockShapes::with));
        Program program;
        try {
            program = parser.parse(json);
        } catch (ProgramException e) {
            err.println(file + (e.blockId() == null ? "" : ": block " + e.blockId()) + ": " + e.problem().render(Locale.ENGLISH));
            line.put("outcome", "ERROR");
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("block", e.blockId());
            problem.put("message", e.problem().render(Locale.ENGLISH));
            line.put("problem", problem);
            out.println(JSON.writeValueAsString(line));
            return false;
        }
        if (plan == null) {
            RunResult result = Interpreter.run(program, World.NONE, RunOptions.defaults().withTrace(withTrace));
            line.put("outcome", result.outcome().name());
            line.put("steps", result.steps());
            line.put("printed", result.printed());
            if (result.message() != null) {
                line.put("message", result.message().render(Locale.ENGLISH));
                line.put("block", result.blockId());
            }
            if (withTrace) {
                putTrace(line, result.trace());
            }
        } else {
            Grade grade = plan.grade(json);
            if (grade.problem() != null) {
                err.println(file + (grade.problemBlockId() == null ? "" : ": block " + grade.problemBlockId()) + ": "
                        + grade.problem().render(Locale.ENGLISH));
                line.put("outcome", "ERROR");
                line.put("problem", Map.of("message", grade.problem().render(Locale.ENGLISH)));
                out.println(JSON.writeValueAsString(line));
                return false;
            }
            Optional<CaseResult> firstFailed = grade.cases().stream().filter(c -> !c.passed()).findFirst();
            line.put("outcome", grade.passed() ? "SUCCESS" : firstFailed.map(c -> c.outcome().name()).orElse("FAILURE"));
            line.put("passed", grade.passed());
            line.put("steps", grade.steps());
            line.put("printed", grade.cases().getFirst().printed());
            line.put("blocks", grade.blocksUsed());
            line.put("blockLimit", grade.blockLimit());
            line.put("referenceSteps", grade.referenceSteps());
            List<Map<String, Object>> cases = new ArrayList<>();
            for (CaseResult c : grade.cases()) {
                Map<String, Object> cj = new LinkedHashMap<>();
                cj.put("name", c.name());
                cj.put("visible", c.visible());
                cj.put("outcome", c.outcome().name());
                cj.put("arrange", c.arrange().render(Locale.ENGLISH));
                cj.put("message", c.message().render(Locale.ENGLISH));
                cj.put("block", c.blockId());
                cj.put("steps", c.steps());
                cj.put("referenceSteps", c.referenceSteps());
                cj.put("printed", c.printed());
                cases.add(cj);
            }
            line.put("cases", cases);
            if (withTrace) {
                putTrace(line, plan.trace(program, 0).trace());
            }
        }
        out.println(JSON.writeValueAsString(line));
        return true;
    }

    /** The trace's steps, and when the run had more steps than a trace keeps, a note saying so. */
    private static void putTrace(Map<String, Object> line, @Nullable Trace trace) {
        line.put("trace", traceJson(trace));
        Message notice = trace == null ? null : trace.truncationNotice();
        if (notice != null) {
            line.put("traceNote", notice.render(Locale.ENGLISH));
        }
    }

    private static List<Map<String, Object>> traceJson(@Nullable Trace trace) {
        List<Map<String, Object>> steps = new ArrayList<>();
        if (trace == null) {
            return steps;
        }
        WorldState last = null;
        for (int i = 0; i < trace.size(); i++) {
            Trace.Step step = trace.step(i);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("step", i);
            s.put("block", step.blockId());
            Map<String, String> vars = new LinkedHashMap<>();
            step.variables().forEach(v -> vars.put(v.name(), v.value()));
            s.put("variables", vars);
            s.put("printed", step.printedCount());
            if (step.world() != last) {
                s.put("world", step.world().toJson());
                s.put("description", step.world().describe().render(Locale.ENGLISH));
                last = step.world();
            }
            steps.add(s);
        }
        return steps;
    }

    /** A file path, or the id of an exercise file found under {@code lessons/} in the working directory. */
    static Exercise loadExercise(String ref) throws IOException {
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) {
            return ExerciseReader.read(Files.readString(path));
        }
        Path lessons = Path.of("lessons");
        if (Files.isDirectory(lessons)) {
            try (Stream<Path> files = Files.walk(lessons)) {
                for (Path candidate : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    String text = Files.readString(candidate);
                    if (text.contains("\"" + ref + "\"")) {
                        try {
                            Exercise exercise = ExerciseReader.read(text);
                            if (exercise.id().equals(ref)) {
                                return exercise;
                            }
                        } catch (ExerciseException e) {
                            // not an exercise file
                        }
                    }
                }
            }
        }
        throw new ExerciseException("no such file, and no exercise with this id under lessons/");
    }

    private static String usage() {
        return System.lineSeparator() + "usage: java -jar stepwise.jar run WORKSPACE.json... [--exercise FILE_OR_ID] [--trace]";
    }
}

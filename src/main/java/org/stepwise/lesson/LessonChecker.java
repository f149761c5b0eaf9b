package org.stepwise.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.ExerciseException;
import org.stepwise.grading.Grade;
import org.stepwise.grading.Grader;
import org.stepwise.lesson.internal.ExerciseFileParser;
import org.stepwise.lesson.internal.JsonLines;
import org.stepwise.world.Worlds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a lesson completely: reads its files ({@link LessonReader}) and runs every exercise's
 * reference solution on every case, within the block limit. What {@code stepwise check} and the
 * start-up loading of built-in lessons use. Plain Java, thread-safe.
 */
public final class LessonChecker {

    /** A reference solution that fails many cases has only its first few reported. */
    public static final int MAX_FAILED_CASES_SHOWN = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LessonReader reader;
    private final Grader grader;

    public LessonChecker(Worlds worlds) {
        this.reader = new LessonReader(worlds);
        this.grader = new Grader(worlds);
    }

    /** A checker for the standard worlds. */
    public static LessonChecker standard() {
        return new LessonChecker(Worlds.standard());
    }

    /**
     * Reads the files and runs the reference solutions.
     *
     * @return the lesson when everything is right, else every problem found
     */
    public LessonReadResult check(String folder, int version, Map<String, String> files) {
        LessonReadResult read = reader.read(folder, version, files);
        if (!(read instanceof LessonReadResult.Read(Lesson lesson))) {
            return read;
        }
        List<LessonProblem> problems = runSolutions(lesson, files);
        return problems.isEmpty() ? read : new LessonReadResult.Rejected(problems);
    }

    /** {@link #check(String, int, Map)} for a lesson that is not stored yet. */
    public LessonReadResult check(String folder, Map<String, String> files) {
        return check(folder, 0, files);
    }

    /** Runs every exercise's reference solution on every case; problems have no line numbers. */
    public List<LessonProblem> runSolutions(Lesson lesson) {
        return runSolutions(lesson, Map.of());
    }

    /**
     * Runs every exercise's reference solution on every case.
     *
     * @param files the lesson's files, to name the line of a failing case (may be empty)
     */
    public List<LessonProblem> runSolutions(Lesson lesson, Map<String, String> files) {
        List<LessonProblem> problems = new ArrayList<>();
        for (LessonExercise exercise : lesson.exercises()) {
            String file = exercise.id() + ExerciseFileParser.SUFFIX;
            String json = files.getOrDefault(file, "");
            JsonLines lines = JsonLines.of(json);
            if (exercise.grading().solution() == null) {
                problems.add(new LessonProblem(file, 0, "The exercise has no reference solution (\"solution\"). A built-in"
                        + " lesson needs one for every exercise, and it must pass every case."));
                continue;
            }
            Grade grade;
            try {
                grade = grader.prepare(exercise.grading()).gradeReference();
            } catch (ExerciseException e) {
                problems.add(new LessonProblem(file, lines.lineOfMessage(e.getMessage()), e.getMessage()));
                continue;
            }
            if (grade == null) {
                continue;
            }
            if (grade.problem() != null) {
                problems.add(new LessonProblem(file, lines.lineOfBlock("solution", grade.problemBlockId()),
                        "The reference solution cannot be run: " + grade.problem().render(Locale.ENGLISH)));
                continue;
            }
            if (!grade.withinBlockLimit()) {
                problems.add(new LessonProblem(file, lines.line("blockLimit"), "The reference solution uses " + grade.blocksUsed()
                        + " blocks, more than the block limit of " + grade.blockLimit() + ", so no student could pass with it."));
            }
            List<CaseResult> failed = grade.cases().stream().filter(c -> !c.passed()).toList();
            JsonNode rawCases = rawCases(json);
            for (CaseResult c : failed.subList(0, Math.min(MAX_FAILED_CASES_SHOWN, failed.size()))) {
                int raw = ExerciseFileParser.rawCaseIndex(rawCases, c.name());
                int line = raw < 0 ? lines.line("cases") : lines.line("cases[" + raw + "]");
                problems.add(new LessonProblem(file, line, "The reference solution fails the case \"" + c.name() + "\" ("
                        + c.outcome().name().toLowerCase(Locale.ROOT) + "): " + c.message().render(Locale.ENGLISH)));
            }
            if (failed.size() > MAX_FAILED_CASES_SHOWN) {
                problems.add(new LessonProblem(file, lines.line("cases"), "The reference solution fails "
                        + (failed.size() - MAX_FAILED_CASES_SHOWN) + " more of the " + grade.cases().size() + " cases."));
            }
        }
        return problems;
    }

    private static JsonNode rawCases(String json) {
        if (json.isEmpty()) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json).path("cases");
        } catch (RuntimeException e) {
            return JSON.createArrayNode();
        }
    }
}

package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stepwise.lesson.LessonChecker;
import org.stepwise.lesson.LessonFiles;
import org.stepwise.lesson.LessonProblem;
import org.stepwise.lesson.LessonReadResult;

/**
 * {@code check [DIR]}: reads every lesson folder in DIR (default {@code lessons/}), or DIR itself
 * when it holds a {@code lesson.md}, runs every reference solution on every case, and prints one
 * {@code file:line: message} line per problem (file relative to DIR) and a summary line.
 *
 * <p>Exit code 0 when every lesson is fine, 1 otherwise (problems, no lessons, unreadable files).
 */
public final class CheckCommand {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final String DEFAULT_DIRECTORY = "lessons";

    private final PrintStream out;
    private final PrintStream err;
    private final LessonChecker checker;

    public CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.checker = LessonChecker.standard();
    }

    public int execute(List<String> args) {
        if (args.size() > 1 || (args.size() == 1 && args.getFirst().startsWith("-"))) {
            err.println("usage: java -jar stepwise.jar check [DIR]   (DIR defaults to " + DEFAULT_DIRECTORY + "/)");
            return PROBLEMS;
        }
        Path directory = Path.of(args.isEmpty() ? DEFAULT_DIRECTORY : args.getFirst());
        if (!Files.isDirectory(directory)) {
            err.println("stepwise check: " + directory + " is not a folder (give the folder that holds the lesson folders)");
            return PROBLEMS;
        }
        boolean single = Files.isRegularFile(directory.resolve("lesson.md"));
        List<LessonFiles> lessons;
        try {
            lessons = single ? List.of(LessonFiles.read(directory)) : LessonFiles.readAll(directory);
        } catch (IOException e) {
            err.println("stepwise check: cannot read " + directory + ": " + e.getMessage());
            return PROBLEMS;
        }
        if (lessons.isEmpty()) {
            err.println("stepwise check: no lesson folders in " + directory);
            return PROBLEMS;
        }
        int withProblems = 0;
        int problemCount = 0;
        for (LessonFiles lesson : lessons) {
            List<LessonProblem> problems = checker.check(lesson.folder(), lesson.files()) instanceof LessonReadResult.Rejected r
                    ? r.problems() : List.of();
            if (!problems.isEmpty()) {
                withProblems++;
                problemCount += problems.size();
                for (LessonProblem problem : problems) {
                    out.println(problem.format(single ? "" : lesson.folder()));
                }
            }
        }
        String checked = lessons.size() == 1 ? "1 lesson checked" : lessons.size() + " lessons checked";
        if (withProblems == 0) {
            out.println(checked + ": " + (lessons.size() == 1 ? "it is" : "all are") + " fine.");
        } else {
            out.println(checked + ": " + withProblems + " with problems (" + problemCount
                    + (problemCount == 1 ? " problem)." : " problems)."));
        }
        out.flush();
        return withProblems == 0 ? OK : PROBLEMS;
    }
}

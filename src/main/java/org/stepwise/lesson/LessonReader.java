package org.stepwise.lesson;

import java.util.Map;
import org.stepwise.lesson.internal.LessonFilesParser;
import org.stepwise.world.Worlds;

/**
 * Reads a lesson from its files: a map of file name ({@code lesson.md}, {@code lesson.es.md},
 * {@code count-day-by-day.exercise.json}) to content, the same whether they come from a folder on
 * disk, the classpath or a database row. Checks everything that can be checked without running a
 * program (see {@code lessons/README.md}); {@link LessonChecker} also runs the reference solutions.
 * Plain Java, thread-safe.
 */
public final class LessonReader {

    private final LessonFilesParser parser;

    public LessonReader(Worlds worlds) {
        this.parser = new LessonFilesParser(worlds);
    }

    /** A reader for the standard worlds. */
    public static LessonReader standard() {
        return new LessonReader(Worlds.standard());
    }

    /**
     * Reads a lesson that is not stored yet (its version is 0).
     *
     * @param folder the folder name, which must be the lesson's id
     */
    public LessonReadResult read(String folder, Map<String, String> files) {
        return read(folder, 0, files);
    }

    /** Reads a stored version of a lesson. */
    public LessonReadResult read(String folder, int version, Map<String, String> files) {
        return parser.read(folder, version, files);
    }
}

package org.stepwise.lesson;

/**
 * Something wrong in a lesson's files, for the teacher who wrote them.
 *
 * @param file    the file name within the lesson folder ({@code lesson.md}, {@code count.exercise.json});
 *                empty when the problem is about the folder as a whole
 * @param line    the line (from 1), or 0 when no line applies
 * @param message what is wrong, in plain English
 */
public record LessonProblem(String file, int line, String message) {

    /**
     * {@code folder/file:line: message}, or without {@code :line} when there is none.
     *
     * @param folder the lesson folder to put before the file name, or "" for none
     */
    public String format(String folder) {
        String where = folder.isEmpty() ? file : file.isEmpty() ? folder : folder + "/" + file;
        return (line > 0 ? where + ":" + line : where) + ": " + message;
    }

    @Override
    public String toString() {
        return format("");
    }
}

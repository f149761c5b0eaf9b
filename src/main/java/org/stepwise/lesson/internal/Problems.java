package org.stepwise.lesson.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stepwise.lesson.LessonProblem;

/** Collects the problems found while reading one lesson, in the order found. */
public final class Problems {

    private final List<LessonProblem> list = new ArrayList<>();

    public void add(String file, int line, String message) {
        list.add(new LessonProblem(file, Math.max(0, line), message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** File by file, in the order the files were first mentioned; within a file, by line (whole-file problems first). */
    public List<LessonProblem> list() {
        List<String> files = list.stream().map(LessonProblem::file).distinct().toList();
        return list.stream()
                .sorted(Comparator.comparingInt((LessonProblem p) -> files.indexOf(p.file())).thenComparingInt(LessonProblem::line))
                .toList();
    }

    /** Problems of one file. */
    public In in(String file) {
        return new In(file);
    }

    /** The problems of one file. */
    public final class In {
        private final String file;

        private In(String file) {
            this.file = file;
        }

        public void add(int line, String message) {
            Problems.this.add(file, line, message);
        }

        /** How many problems the lesson has so far, in any file. */
        public int count() {
            return list.size();
        }

        public String file() {
            return file;
        }
    }
}

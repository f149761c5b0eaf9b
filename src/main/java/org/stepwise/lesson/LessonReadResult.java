package org.stepwise.lesson;

import java.util.List;

/** What reading a lesson's files gave: the lesson, or every problem found in them. */
public sealed interface LessonReadResult {

    /** The files make a lesson. */
    record Read(Lesson lesson) implements LessonReadResult {
    }

    /** The files have problems, in the order found (file by file, top to bottom); never empty. */
    record Rejected(List<LessonProblem> problems) implements LessonReadResult {

        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected lesson has at least one problem");
            }
        }
    }

    /** The problems: none for a lesson that was read. */
    default List<LessonProblem> problems() {
        return this instanceof Rejected r ? r.problems() : List.of();
    }
}

package org.stepwise.lesson;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.grading.Exercise;

/**
 * An exercise of a lesson, as students meet it: read from {@code <id>.exercise.json}.
 *
 * @param id           the file name without {@code .exercise.json}
 * @param title        a short title
 * @param instructions what to do, Markdown (render it with {@link LessonText#toSafeHtml})
 * @param toolbox      the block types offered, in the order the toolbox shows them
 * @param startBlocks  the workspace a student starts from (Blockly's JSON save format), or null for an empty one
 * @param blockLimit   the most blocks a solution may use, or null
 * @param stepBudget   the steps one run may take
 * @param hints        from a nudge to nearly the answer; at least two
 * @param grading      the exercise as {@link org.stepwise.grading.Grader} takes it: world, cases, reference solution
 */
public record LessonExercise(String id, LocalizedText title, LocalizedText instructions, List<String> toolbox,
        @Nullable String startBlocks, @Nullable Integer blockLimit, long stepBudget, List<LocalizedText> hints,
        Exercise grading) {

    public LessonExercise {
        toolbox = List.copyOf(toolbox);
        hints = List.copyOf(hints);
    }

    /** The world type id: {@code calendar}, {@code building}, … */
    public String world() {
        return grading.world();
    }
}

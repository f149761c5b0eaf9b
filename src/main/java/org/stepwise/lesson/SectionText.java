package org.stepwise.lesson;

/**
 * A section as written in one language.
 *
 * @param heading  the heading text students see, without {@code ##} and the id ("The problem")
 * @param markdown the section's body, CommonMark (render it with {@link LessonText#toSafeHtml}); for
 *                 {@link Section#REFLECT} only the introduction before the questions
 */
public record SectionText(String heading, String markdown) {
}

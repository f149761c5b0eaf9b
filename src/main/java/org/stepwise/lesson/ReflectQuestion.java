package org.stepwise.lesson;

/**
 * A question of the reflect section: a level-3 heading and the Markdown under it, which students
 * reveal after thinking.
 */
public record ReflectQuestion(String question, String answerMarkdown) {
}

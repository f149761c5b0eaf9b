/**
 * Lessons: the model ({@link org.stepwise.lesson.Lesson} and its parts), reading and checking the
 * lesson files ({@link org.stepwise.lesson.LessonReader}, {@link org.stepwise.lesson.LessonChecker}),
 * safe rendering of their Markdown ({@link org.stepwise.lesson.LessonText}) and the catalog of
 * stored lessons ({@link org.stepwise.lesson.LessonCatalog}). The file format is described in
 * {@code lessons/README.md}.
 */
@NullMarked
package org.stepwise.lesson;

import org.jspecify.annotations.NullMarked;

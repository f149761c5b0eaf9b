/** Lesson views. */
@NullMarked
package org.stepwise.lesson.ui;

import org.jspecify.annotations.NullMarked;

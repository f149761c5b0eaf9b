/** Lessons. The real catalog arrives with the lessons issue; for now only a placeholder view. */
@NullMarked
package org.stepwise.lesson;

import org.jspecify.annotations.NullMarked;

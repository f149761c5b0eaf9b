/**
 * Exercises as students meet them: saving their work as they go, checking it against every case,
 * and running it on one case step by step. The root package is the module's API; {@code ui} holds
 * the exercise view and its parts, {@code internal} the repositories.
 */
@NullMarked
package org.stepwise.exercise;

import org.jspecify.annotations.NullMarked;

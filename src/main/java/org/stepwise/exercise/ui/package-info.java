/** The exercise view: workspace, stage, step controls, variables, cases, results, hints. */
@NullMarked
package org.stepwise.exercise.ui;

import org.jspecify.annotations.NullMarked;

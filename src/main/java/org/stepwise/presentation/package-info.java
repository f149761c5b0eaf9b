/**
 * Projector mode: a teacher presents a lesson section by section on a big screen, steps through a
 * program there, asks the class to predict the next step, and shows the class's progress live.
 * The presentation's shared state lives in PostgreSQL; every change is announced on the live bus,
 * so presenter, audience and students' pages may be served by different app instances.
 */
@NullMarked
package org.stepwise.presentation;

import org.jspecify.annotations.NullMarked;

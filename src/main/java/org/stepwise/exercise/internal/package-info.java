/** Student work and attempts in PostgreSQL. */
@NullMarked
package org.stepwise.exercise.internal;

import org.jspecify.annotations.NullMarked;

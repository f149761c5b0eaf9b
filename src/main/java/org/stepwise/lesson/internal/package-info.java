/** How lessons are parsed, stored in PostgreSQL and loaded from the built-in {@code lessons/} folder. */
@NullMarked
package org.stepwise.lesson.internal;

import org.jspecify.annotations.NullMarked;

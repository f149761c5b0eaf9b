/**
 * The calendar world: a week wheel for "What day is it 100 days from Tuesday?". See
 * {@link org.stepwise.world.calendar.CalendarWorldType}.
 */
@NullMarked
package org.stepwise.world.calendar;

import org.jspecify.annotations.NullMarked;

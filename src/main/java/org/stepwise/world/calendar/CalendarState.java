package org.stepwise.world.calendar;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Message;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldMessages;

/**
 * The week wheel at one moment.
 *
 * @param shown  the day the wheel shows
 * @param turned how many days the wheel has been turned forward since the start
 * @param answer the day the program answered with, or null before it answered
 */
public record CalendarState(DayOfWeek shown, int turned, @Nullable DayOfWeek answer) implements WorldState {

    CalendarState turnedOneDay() {
        return new CalendarState(shown.plus(1), turned + 1, answer);
    }

    CalendarState answered() {
        return new CalendarState(shown, turned, shown);
    }

    /** "The wheel shows Wednesday. You have turned it forward 3 days. You answered Wednesday." */
    @Override
    public Message describe() {
        if (answer == null) {
            return WorldMessages.of("calendar.state", CalendarSetup.word(shown), turned);
        }
        return WorldMessages.of("calendar.state.answered", CalendarSetup.word(shown), turned, CalendarSetup.word(answer));
    }

    /**
     * {@code {"day": "Wednesday", "dayIndex": 2, "week": ["Monday", …, "Sunday"], "turned": 3,
     * "answered": true, "answer": "Wednesday"}}; {@code dayIndex} counts from Monday = 0;
     * {@code answer} is left out until the program answers.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("day", CalendarSetup.name(shown));
        json.put("dayIndex", shown.ordinal());
        json.put("week", Arrays.stream(DayOfWeek.values()).map(CalendarSetup::name).toList());
        json.put("turned", turned);
        json.put("answered", answer != null);
        if (answer != null) {
            json.put("answer", CalendarSetup.name(answer));
        }
        return json;
    }
}

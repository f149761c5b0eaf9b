package org.stepwise.world.calendar;

import java.time.DayOfWeek;
import java.util.Locale;
import org.stepwise.program.Message;
import org.stepwise.world.SetupReader;
import org.stepwise.world.WorldMessages;
import tools.jackson.databind.JsonNode;

/**
 * A calendar case: the day the wheel starts on and how many days to count.
 *
 * @param startDay the day the wheel shows at the start
 * @param days     how many days later the asked-for day is (0 … {@value #MAX_DAYS})
 */
record CalendarSetup(DayOfWeek startDay, int days) {

    static final int MAX_DAYS = 100_000;
    static final String EXAMPLE = "{\"startDay\": \"Tuesday\", \"days\": 100}";

    static CalendarSetup read(JsonNode setup) {
        JsonNode s = SetupReader.object(setup, "setup", EXAMPLE, "startDay", "days");
        JsonNode start = SetupReader.required(s, "setup", "startDay");
        DayOfWeek startDay = SetupReader.choice(start, "setup.startDay", DayOfWeek.class,
                WorldMessages.of("calendar.setup.not-a-day", SetupReader.shown(start)));
        int days = (int) SetupReader.wholeNumber(SetupReader.required(s, "setup", "days"), "setup.days", 0, MAX_DAYS);
        return new CalendarSetup(startDay, days);
    }

    /** The day the wheel should show after counting. */
    DayOfWeek rightDay() {
        return startDay.plus(days);
    }

    /** "Monday", as set-ups and {@code toJson()} write it (the same in every language). */
    static String name(DayOfWeek day) {
        String upper = day.name();
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The day in the reader's language, for messages: "Monday", "lunes". */
    static Message word(DayOfWeek day) {
        return WorldMessages.of(switch (day) {
            case MONDAY -> "calendar.day.monday";
            case TUESDAY -> "calendar.day.tuesday";
            case WEDNESDAY -> "calendar.day.wednesday";
            case THURSDAY -> "calendar.day.thursday";
            case FRIDAY -> "calendar.day.friday";
            case SATURDAY -> "calendar.day.saturday";
            case SUNDAY -> "calendar.day.sunday";
        });
    }
}

package org.stepwise.world.calendar;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.stepwise.program.BlockShapes;
import org.stepwise.program.Message;
import org.stepwise.program.World;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldBlocks;
import org.stepwise.world.WorldMessages;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

/**
 * The calendar: "What day is it 100 days from Tuesday?". A week wheel shows one day; the program
 * turns it forward a day at a time and answers with the day it shows.
 *
 * <p>Set-up: {@code {"startDay": "Tuesday", "days": 100}} — a day of the week in English (any
 * case) and a whole number of days from 0 to 100,000. The goal needs no expectation: the answer
 * must be the weekday {@code days} after {@code startDay}; {@code expect} is not used.
 *
 * <p>Blocks: {@code calendar_next_day} (turn the wheel one day forward), {@code calendar_day_is}
 * (does the wheel show the day chosen in {@code DAY}, MONDAY … SUNDAY?), {@code calendar_days_in_week}
 * (7), {@code calendar_number_of_days} (the set-up's {@code days}) and {@code calendar_answer}
 * (answer with the day shown now; a later answer replaces an earlier one).
 *
 * <p>The lesson compares two solutions that both pass: counting day by day ("repeat number of days
 * times: next day", about {@code days} steps) and using the remainder ("repeat (number of days mod
 * days in a week) times: next day", at most 6 turns).
 */
public final class CalendarWorldType implements WorldType {

    public static final String ID = "calendar";
    static final String NEXT_DAY = "calendar_next_day";
    static final String DAY_IS = "calendar_day_is";
    static final String DAYS_IN_WEEK = "calendar_days_in_week";
    static final String NUMBER_OF_DAYS = "calendar_number_of_days";
    static final String ANSWER = "calendar_answer";

    private final WorldBlocks blocks = WorldBlocks.load(ID, Set.of(NEXT_DAY, DAY_IS, DAYS_IN_WEEK, NUMBER_OF_DAYS, ANSWER));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BlockShapes blocks() {
        return blocks.shapes();
    }

    @Override
    public String blockDefinitions() {
        return blocks.definitions();
    }

    @Override
    public World create(JsonNode setup) {
        return new CalendarWorld(CalendarSetup.read(setup));
    }

    @Override
    public Goal check(JsonNode setup, JsonNode expect, WorldState finalState, List<String> printed) {
        CalendarSetup s = CalendarSetup.read(setup);
        if (!(finalState instanceof CalendarState state)) {
            throw new IllegalArgumentException("not a calendar state: " + finalState);
        }
        DayOfWeek right = s.rightDay();
        Message start = CalendarSetup.word(s.startDay());
        Message rightName = CalendarSetup.word(right);
        DayOfWeek answer = state.answer();
        if (answer == null) {
            return new Goal(false, WorldMessages.of("calendar.goal.no-answer", start, s.days(), rightName));
        }
        boolean met = answer == right;
        Message message = WorldMessages.of(met ? "calendar.goal.met" : "calendar.goal.wrong", start, s.days(), rightName,
                CalendarSetup.word(answer));
        return new Goal(met, message);
    }

    @Override
    public Message describeSetup(JsonNode setup) {
        CalendarSetup s = CalendarSetup.read(setup);
        return WorldMessages.of("calendar.setup", CalendarSetup.word(s.startDay()), s.days());
    }
}

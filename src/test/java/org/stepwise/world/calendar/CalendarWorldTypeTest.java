package org.stepwise.world.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.modulo;
import static org.stepwise.world.BlocklyJson.repeat;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.workspace;
import static org.stepwise.world.WorldRuns.call;
import static org.stepwise.world.WorldRuns.runAndCheck;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.program.Outcome;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldException;
import org.stepwise.world.SetupException;
import org.stepwise.world.WorldRuns;
import org.stepwise.world.WorldType;
import tools.jackson.databind.JsonNode;

class CalendarWorldTypeTest {

    private final WorldType calendar = new CalendarWorldType();

    private static JsonNode setup(String startDay, int days) {
        return json("{'startDay': '" + startDay + "', 'days': " + days + "}");
    }

    private static String dayByDay() {
        return workspace(stack(
                repeat(block("calendar_number_of_days"), block("calendar_next_day")),
                block("calendar_answer")));
    }

    private static String withTheRemainder() {
        return workspace(stack(
                repeat(modulo(block("calendar_number_of_days"), block("calendar_days_in_week")), block("calendar_next_day")),
                block("calendar_answer")));
    }

    // ---- set-up ------------------------------------------------------------------------------

    @Test
    void a_day_that_does_not_exist_is_named_with_its_field() {
        assertThatThrownBy(() -> calendar.create(setup("Funday", 100)))
                .isInstanceOf(SetupException.class)
                .hasMessage("setup.startDay: \"Funday\" is not a day of the week (Monday … Sunday)");
    }

    @Test
    void a_wrong_number_of_days_is_named_with_its_field_and_the_allowed_range() {
        assertThatThrownBy(() -> calendar.create(json("{'startDay': 'Monday', 'days': -3}")))
                .hasMessage("setup.days: must be a whole number from 0 to 100,000, not -3");
        assertThatThrownBy(() -> calendar.create(json("{'startDay': 'Monday', 'days': 2.5}")))
                .hasMessage("setup.days: must be a whole number from 0 to 100,000, not 2.5");
        assertThatThrownBy(() -> calendar.create(json("{'startDay': 'Monday', 'days': '100'}")))
                .hasMessage("setup.days: must be a whole number from 0 to 100,000, not \"100\"");
        assertThatThrownBy(() -> calendar.create(json("{'startDay': 'Monday', 'days': 100001}")))
                .hasMessage("setup.days: must be a whole number from 0 to 100,000, not 100001");
    }

    @Test
    void missing_and_misspelt_fields_are_named() {
        assertThatThrownBy(() -> calendar.create(json("{'startDay': 'Monday'}")))
                .hasMessage("setup.days: is missing");
        assertThatThrownBy(() -> calendar.create(json("{'startday': 'Monday', 'days': 3}")))
                .hasMessage("setup.startday: is not a setting of this world (it knows: startDay, days). Is it spelt right?");
        assertThatThrownBy(() -> calendar.create(json("[1, 2]")))
                .hasMessage("setup: must be an object in curly brackets, like {\"startDay\": \"Tuesday\", \"days\": 100}, not [1,2]");
        assertThatThrownBy(() -> calendar.create(tools.jackson.databind.node.MissingNode.getInstance()))
                .hasMessage("setup: is missing; write it like {\"startDay\": \"Tuesday\", \"days\": 100}");
    }

    @Test
    void the_set_up_problem_is_also_a_translatable_message() {
        assertThatThrownBy(() -> calendar.create(setup("Funday", 1)))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problem()).hasValueSatisfying(m -> {
                    assertThat(m.bundle()).isEqualTo(org.stepwise.world.WorldMessages.BUNDLE);
                    assertThat(m.render(java.util.Locale.ENGLISH)).isEqualTo(e.getMessage());
                }));
    }

    @Test
    void days_may_be_written_in_any_case_and_a_whole_number_may_have_a_zero_fraction() {
        World world = calendar.create(json("{'startDay': ' tuesday ', 'days': 7.0}"));

        assertThat(((CalendarState) world.state()).shown()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(world.sense(call("calendar_number_of_days"))).isEqualTo(Value.of(7));
    }

    @Test
    void the_set_up_is_said_in_words() {
        assertThat(calendar.describeSetup(setup("Friday", 100))).hasToString("Start on Friday and count 100 days.");
        assertThat(calendar.describeSetup(setup("Friday", 1))).hasToString("Start on Friday and count 1 day.");
        assertThat(calendar.describeSetup(setup("Sunday", 20000))).hasToString("Start on Sunday and count 20,000 days.");
    }

    // ---- blocks ------------------------------------------------------------------------------

    @Test
    void next_day_turns_the_wheel_one_day_and_sunday_is_followed_by_monday() {
        World world = calendar.create(setup("Saturday", 10));

        world.perform(call("calendar_next_day"));
        assertThat(world.state()).isEqualTo(new CalendarState(DayOfWeek.SUNDAY, 1, null));
        world.perform(call("calendar_next_day"));
        assertThat(world.state()).isEqualTo(new CalendarState(DayOfWeek.MONDAY, 2, null));
    }

    @Test
    void a_state_is_never_changed_once_handed_out() {
        World world = calendar.create(setup("Monday", 3));
        var before = world.state();

        world.perform(call("calendar_next_day"));
        world.perform(call("calendar_answer"));

        assertThat(before).isEqualTo(new CalendarState(DayOfWeek.MONDAY, 0, null));
        assertThat(world.state()).isNotSameAs(before);
    }

    @Test
    void sensors_tell_the_day_the_week_and_the_days_to_count_without_changing_the_state() {
        World world = calendar.create(setup("Wednesday", 45));
        var before = world.state();

        assertThat(world.sense(call("calendar_day_is", "DAY", "WEDNESDAY"))).isEqualTo(Value.TRUE);
        assertThat(world.sense(call("calendar_day_is", "DAY", "THURSDAY"))).isEqualTo(Value.FALSE);
        assertThat(world.sense(call("calendar_days_in_week"))).isEqualTo(Value.of(7));
        assertThat(world.sense(call("calendar_number_of_days"))).isEqualTo(Value.of(45));
        assertThat(world.state()).isSameAs(before);
    }

    @Test
    void a_second_answer_replaces_the_first() {
        World world = calendar.create(setup("Monday", 1));

        world.perform(call("calendar_answer"));
        world.perform(call("calendar_next_day"));
        world.perform(call("calendar_answer"));

        assertThat(((CalendarState) world.state()).answer()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void a_block_of_another_world_or_a_wrong_day_is_an_error_not_a_failure() {
        World world = calendar.create(setup("Monday", 1));

        assertThatThrownBy(() -> world.perform(call("building_move_forward")))
                .isInstanceOfSatisfying(WorldException.class, e -> {
                    assertThat(e.failure()).isFalse();
                    assertThat(e.problem()).hasToString("The block \"building_move_forward\" does not belong in this world.");
                });
        assertThatThrownBy(() -> world.sense(call("calendar_day_is", "DAY", "FUNDAY")))
                .isInstanceOfSatisfying(WorldException.class, e -> assertThat(e.failure()).isFalse());
    }

    // ---- descriptions ------------------------------------------------------------------------

    @Test
    void the_state_is_described_in_plain_words() {
        assertThat(new CalendarState(DayOfWeek.TUESDAY, 0, null).describe())
                .hasToString("The wheel shows Tuesday. You have not turned it yet.");
        assertThat(new CalendarState(DayOfWeek.WEDNESDAY, 1, null).describe())
                .hasToString("The wheel shows Wednesday. You have turned it forward 1 day.");
        assertThat(new CalendarState(DayOfWeek.FRIDAY, 3, DayOfWeek.FRIDAY).describe())
                .hasToString("The wheel shows Friday. You have turned it forward 3 days. You answered Friday.");
    }

    @Test
    void the_state_as_json_has_what_a_wheel_renderer_needs() {
        assertThat(new CalendarState(DayOfWeek.WEDNESDAY, 8, null).toJson()).containsExactly(
                Map.entry("day", "Wednesday"), Map.entry("dayIndex", 2),
                Map.entry("week", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
                Map.entry("turned", 8), Map.entry("answered", false));
        assertThat(new CalendarState(DayOfWeek.SUNDAY, 6, DayOfWeek.SUNDAY).toJson())
                .containsEntry("answered", true).containsEntry("answer", "Sunday");
    }

    // ---- goal --------------------------------------------------------------------------------

    @Test
    void the_goal_message_says_the_right_day_and_what_the_program_said() {
        JsonNode friday100 = setup("Friday", 100);
        JsonNode none = WorldRuns.NO_EXPECTATION;

        WorldType.Goal right = calendar.check(friday100, none, new CalendarState(DayOfWeek.SUNDAY, 2, DayOfWeek.SUNDAY), List.of());
        WorldType.Goal wrong = calendar.check(friday100, none, new CalendarState(DayOfWeek.SATURDAY, 1, DayOfWeek.SATURDAY), List.of());
        WorldType.Goal silent = calendar.check(friday100, none, new CalendarState(DayOfWeek.SUNDAY, 2, null), List.of());

        assertThat(right.met()).isTrue();
        assertThat(right.message()).hasToString("Starting on Friday, 100 days later is Sunday, and your program said Sunday.");
        assertThat(wrong.met()).isFalse();
        assertThat(wrong.message()).hasToString("Starting on Friday, 100 days later is Sunday, but your program said Saturday.");
        assertThat(silent.met()).isFalse();
        assertThat(silent.message()).hasToString("Starting on Friday, 100 days later is Sunday, but your program did not give an answer.");
    }

    @Test
    void one_day_later_is_said_in_the_singular() {
        WorldType.Goal goal = calendar.check(setup("Sunday", 1), WorldRuns.NO_EXPECTATION,
                new CalendarState(DayOfWeek.MONDAY, 1, DayOfWeek.MONDAY), List.of());

        assertThat(goal.message()).hasToString("Starting on Sunday, 1 day later is Monday, and your program said Monday.");
    }

    // ---- whole programs ----------------------------------------------------------------------

    @Test
    void counting_day_by_day_and_using_the_remainder_both_reach_the_goal_for_every_start_day_and_0_to_30_days() throws Exception {
        for (DayOfWeek start : DayOfWeek.values()) {
            for (int days = 0; days <= 30; days++) {
                JsonNode setup = setup(CalendarSetup.name(start), days);

                var slow = runAndCheck(calendar, setup, dayByDay());
                var fast = runAndCheck(calendar, setup, withTheRemainder());

                String which = start + " + " + days;
                assertThat(slow.result().outcome()).as(which).isEqualTo(Outcome.SUCCESS);
                assertThat(slow.goal().met()).as(which).isTrue();
                assertThat(fast.goal().met()).as(which).isTrue();
                // the repeat block, one turn per day, the answer
                assertThat(slow.result().steps()).as(which).isEqualTo(days + 2);
                assertThat(fast.result().steps()).as(which).isEqualTo(days % 7 + 2).isLessThanOrEqualTo(8);
            }
        }
    }

    @Test
    void for_100_days_the_remainder_takes_a_handful_of_steps_where_counting_takes_over_a_hundred() throws Exception {
        JsonNode tuesday100 = setup("Tuesday", 100);

        var slow = runAndCheck(calendar, tuesday100, dayByDay());
        var fast = runAndCheck(calendar, tuesday100, withTheRemainder());

        assertThat(slow.goal().message()).hasToString("Starting on Tuesday, 100 days later is Thursday, and your program said Thursday.");
        assertThat(fast.goal().met()).isTrue();
        assertThat(slow.result().steps()).isEqualTo(102);
        assertThat(fast.result().steps()).isEqualTo(4);
        assertThat(((CalendarState) fast.result().finalState()).turned()).isEqualTo(2);
    }

    @Test
    void the_day_is_sensor_lets_a_program_stop_at_a_named_day() throws Exception {
        // "turn until the wheel shows Sunday, then answer": right only when Sunday is the answer
        String untilSunday = workspace(stack(
                block("controls_whileUntil", "MODE", "UNTIL", "BOOL", block("calendar_day_is", "DAY", "SUNDAY"),
                        "DO", block("calendar_next_day")),
                block("calendar_answer")));

        assertThat(runAndCheck(calendar, setup("Friday", 100), untilSunday).goal().met()).isTrue();
        assertThat(runAndCheck(calendar, setup("Friday", 3), untilSunday).goal().message())
                .hasToString("Starting on Friday, 3 days later is Monday, but your program said Sunday.");
    }

    @Test
    void a_program_that_never_answers_does_not_meet_the_goal() throws Exception {
        var checked = runAndCheck(calendar, setup("Monday", 2), workspace(repeat(block("calendar_number_of_days"), block("calendar_next_day"))));

        assertThat(checked.result().outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(checked.goal().met()).isFalse();
        assertThat(checked.goal().message()).hasToString("Starting on Monday, 2 days later is Wednesday, but your program did not give an answer.");
    }

    @Test
    void the_parser_refuses_blocks_of_other_worlds() {
        String foreign = workspace(block("sorting_swap", "id", "stranger"));

        assertThatThrownBy(() -> new ProgramParser(calendar.blocks()).parse(foreign))
                .isInstanceOfSatisfying(ProgramException.class, e -> assertThat(e.blockId()).isEqualTo("stranger"));
    }
}

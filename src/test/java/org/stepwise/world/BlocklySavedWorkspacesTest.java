package org.stepwise.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.world.BlocklyJson.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.program.Outcome;
import org.stepwise.world.building.BuildingWorldType;
import org.stepwise.world.building.TestBuildings;
import org.stepwise.world.calendar.CalendarWorldType;

/**
 * Workspaces exactly as Blockly 12.3.1 saved them ({@code Blockly.serialization.workspaces.save},
 * headless, with the block definitions of {@code src/main/frontend/blocks}): Blockly's own ids,
 * positions and shadow blocks reach the parser and the worlds as a browser would send them.
 */
class BlocklySavedWorkspacesTest {

    /** repeat (number of days to count mod days in a week) { turn the wheel } then answer; the shadow 10 is covered. */
    private static final String CALENDAR_REMAINDER = """
            {"blocks":{"languageVersion":0,"blocks":[{"type":"controls_repeat_ext","id":"k_E;_4)5*~;xtv]s9PWj","x":20,"y":20,"inputs":{"TIMES":{"shadow":{"type":"math_number","id":"WUl[A,ynFpX$7$UPWK=z","fields":{"NUM":10}},"block":{"type":"math_modulo","id":")uF*s`veg_c)_Xdm,de2","inputs":{"DIVIDEND":{"block":{"type":"calendar_number_of_days","id":"%_Bl?N0DZD-c]-=(Ts.w"}},"DIVISOR":{"block":{"type":"calendar_days_in_week","id":"#W^{`z(XS9S.wzj*mpOx"}}}}},"DO":{"block":{"type":"calendar_next_day","id":"p@9:=#L,OwqOp#uXJvfa"}}},"next":{"block":{"type":"calendar_answer","id":"@cTyJ_^B}4_|j95CJ)De"}}}]}}""";

    /** until at the door of the room I am looking for { follow a sign; turn right while a wall is ahead; walk forward }. */
    private static final String BUILDING_FOLLOW_SIGNS = """
            {"blocks":{"languageVersion":0,"blocks":[{"type":"controls_whileUntil","id":"RxpA(R+1w}l1|fPxGV14","x":0,"y":0,"fields":{"MODE":"UNTIL"},"inputs":{"BOOL":{"block":{"type":"building_at_room","id":"yrKAYFiZ/vpZLv^u!%3N","inputs":{"ROOM":{"block":{"type":"building_target_room","id":"wk,V9558[oB~{g1h=YXJ"}}}}},"DO":{"block":{"type":"controls_if","id":"[sFzC}xi1`L6Y(a/gb2G","inputs":{"IF0":{"block":{"type":"building_sign_here","id":"b6UnRmiqTyXR(JLEg*I9"}},"DO0":{"block":{"type":"controls_if","id":"?}U%jVx^+HKl(zh4uMKA","inputs":{"IF0":{"block":{"type":"building_sign_points","id":"V;E|lq!ZISC8(!2xHYwH","fields":{"DIRECTION":"LEFT"}}},"DO0":{"block":{"type":"building_turn","id":"vNV;%$U#ooQawwCA!QP8","fields":{"DIRECTION":"LEFT"}}}},"next":{"block":{"type":"controls_if","id":"31y[M-m`8)}Hu6vbH-|v","inputs":{"IF0":{"block":{"type":"building_sign_points","id":"*=Kh$Jt;.];3)ZGN_A+N","fields":{"DIRECTION":"RIGHT"}}},"DO0":{"block":{"type":"building_turn","id":"#w1pb4-Zm*h1@^d1%a4V","fields":{"DIRECTION":"RIGHT"}}}}}}}}},"next":{"block":{"type":"controls_whileUntil","id":"-apK(?eo!|[Au9Qb77nw","fields":{"MODE":"WHILE"},"inputs":{"BOOL":{"block":{"type":"logic_negate","id":"h+QMf3od@Fk?+qtsA?g2","inputs":{"BOOL":{"block":{"type":"building_path_ahead","id":"YhY8N7poGIiVto`~URES"}}}}},"DO":{"block":{"type":"building_turn","id":"a});s7.a_P^IuoZijv;O","fields":{"DIRECTION":"RIGHT"}}}},"next":{"block":{"type":"building_move_forward","id":"oH]AFpgow4]eKVjxDI8^"}}}}}}}}]}}""";

    @Test
    void blocklys_save_of_the_remainder_solution_meets_the_calendar_goal() throws Exception {
        var calendar = new CalendarWorldType();

        var checked = WorldRuns.runAndCheck(calendar, json("{'startDay': 'Tuesday', 'days': 100}"), CALENDAR_REMAINDER);

        assertThat(checked.result().outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(checked.goal().message()).hasToString("Starting on Tuesday, 100 days later is Thursday, and your program said Thursday.");
        assertThat(checked.result().steps()).isEqualTo(4);
    }

    @Test
    void blocklys_save_of_following_the_signs_finds_the_room_in_each_building() throws Exception {
        var building = new BuildingWorldType();
        for (String plan : List.of(TestBuildings.FIRST, TestBuildings.SECOND, TestBuildings.THIRD, TestBuildings.FOURTH)) {
            var checked = WorldRuns.runAndCheck(building, json(plan), BUILDING_FOLLOW_SIGNS);

            assertThat(checked.goal().met()).as(plan).isTrue();
        }
    }
}

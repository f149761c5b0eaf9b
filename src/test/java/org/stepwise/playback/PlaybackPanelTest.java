package org.stepwise.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.program.ProgramException;
import org.stepwise.stage.WorldStage;
import org.stepwise.world.Worlds;

/**
 * What the playback panel shows at each position, however the position was reached (a step, a
 * step back, a jump as a projector's audience window makes), and how the stepper drives it.
 */
@ViewPackages(packages = "org.stepwise.playback.no.views") // a UI without the app's views, which need Spring
class PlaybackPanelTest extends BrowserlessTest {

    /** n = 0; repeat 1 time { change n by 1; next day }; print n; answer: Wednesday, where 100 days from Tuesday is Thursday. */
    private static final String COUNTS_ONE_DAY = """
            {"blocks": {"languageVersion": 0, "blocks": [{"type": "variables_set", "id": "set", "fields": {"VAR": {"id": "n"}},
              "inputs": {"VALUE": {"block": {"type": "math_number", "id": "zero", "fields": {"NUM": 0}}}},
              "next": {"block": {"type": "controls_repeat_ext", "id": "loop",
                "inputs": {"TIMES": {"block": {"type": "math_number", "id": "one", "fields": {"NUM": 1}}},
                           "DO": {"block": {"type": "math_change", "id": "change", "fields": {"VAR": {"id": "n"}},
                                    "inputs": {"DELTA": {"block": {"type": "math_number", "id": "by", "fields": {"NUM": 1}}}},
                                    "next": {"block": {"type": "calendar_next_day", "id": "next"}}}}},
                "next": {"block": {"type": "text_print", "id": "print",
                  "inputs": {"TEXT": {"block": {"type": "variables_get", "id": "get", "fields": {"VAR": {"id": "n"}}}}},
                  "next": {"block": {"type": "calendar_answer", "id": "answer"}}}}}}}]},
             "variables": [{"name": "n", "id": "n"}]}
            """;

    private final BlocklyWorkspace workspace = new BlocklyWorkspace();
    private final WorldStage stage = new WorldStage();
    private PlaybackPanel panel;
    private GradingPlan plan;

    @BeforeEach
    void showPanel() throws Exception {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        plan = new Grader(Worlds.standard()).prepare(ExerciseReader.read(Files.readString(Path.of("src/test/resources/grading/days-from-tuesday.json"))));
        panel = new PlaybackPanel(stage, workspace);
        panel.setWorldType("calendar");
        UI.getCurrent().add(workspace, stage, panel);
    }

    private Playback watch() throws ProgramException {
        return new Playback(plan.watch(plan.parser().parse(COUNTS_ONE_DAY), 0));
    }

    private List<String> variables() {
        DescriptionList list = (DescriptionList) panel.variables().getContent().getChildren()
                .filter(DescriptionList.class::isInstance).findFirst().orElseThrow();
        List<String> shown = new ArrayList<>();
        list.getChildren().forEach(c -> shown.add(c.getElement().getText() + (c.hasClassName("changed") ? " (changed)" : "")));
        return shown;
    }

    @Test
    void before_a_run_the_case_is_shown_as_it_starts_with_nothing_highlighted() throws Exception {
        panel.showStart(plan.world().create(plan.exercise().cases().getFirst().setup()).state());

        assertThat(panel.position().getText()).isEqualTo("Ready: this is how the case starts.");
        assertThat(stage.getWorldType()).isEqualTo("calendar");
        assertThat(stage.getDescription()).contains("Tuesday");
        assertThat(workspace.getHighlighted()).isEmpty();
        assertThat(variables()).isEmpty();
        assertThat(panel.log().lines()).isEmpty();
    }

    @Test
    void each_step_shows_where_it_is_the_variables_with_the_changed_ones_marked_and_what_was_printed() throws Exception {
        Playback playback = watch();

        playback.forward(); // n = 0
        panel.show(playback);
        assertThat(panel.position().getText()).isEqualTo("Step 1 of 6");
        assertThat(workspace.getHighlighted()).contains("set");
        assertThat(variables()).containsExactly("n (changed)", "0 (changed)");

        playback.forward(); // the loop decides: nothing changes
        panel.show(playback);
        assertThat(variables()).containsExactly("n", "0");

        playback.forward(); // n = 1
        playback.forward(); // next day
        playback.forward(); // print n
        panel.show(playback);
        assertThat(panel.position().getText()).isEqualTo("Step 5 of 6");
        assertThat(panel.printed().getText()).isEqualTo("1");
        assertThat(stage.getDescription()).contains("Wednesday");
        assertThat(panel.log().lines().getLast()).isEqualTo("Step 5: " + stage.getDescription() + " It printed \"1\".");
    }

    @Test
    void the_log_gains_a_line_a_step_loses_one_a_step_back_and_ends_with_the_verdict() throws Exception {
        Playback playback = watch();
        playback.forward();
        panel.show(playback);
        playback.forward();
        panel.show(playback);

        assertThat(panel.log().lines()).hasSize(2);
        assertThat(panel.log().lines().getFirst()).startsWith("Step 1: ").endsWith("n is now 0.");
        assertThat(panel.log().announced()).startsWith("Step 2: ");

        playback.back();
        panel.show(playback);
        assertThat(panel.log().lines()).hasSize(1);
        assertThat(panel.log().announced()).startsWith("Step 1: ");

        playback.toEnd();
        panel.show(playback);
        assertThat(panel.log().lines()).hasSize(7);
        assertThat(panel.log().lines().getLast()).isEqualTo(
                "The end. Not yet: Starting on Tuesday, 100 days later is Thursday, but your program said Wednesday.");
        assertThat(workspace.getHighlighted()).contains("answer");

        playback.back();
        panel.show(playback);
        assertThat(panel.log().lines()).hasSize(5); // the verdict and the last step are gone
        assertThat(workspace.getHighlighted()).contains("print");

        playback.reset();
        panel.show(playback);
        assertThat(panel.log().lines()).isEmpty();
        assertThat(panel.log().announced()).isEqualTo("Ready: this is how the case starts.");
        assertThat(workspace.getHighlighted()).isEmpty();
    }

    @Test
    void at_the_end_of_a_run_that_ran_out_of_steps_the_loop_is_highlighted_and_the_log_keeps_only_the_latest_lines() throws Exception {
        Playback endless = new Playback(plan.watch(plan.parser().parse("""
                {"blocks": {"languageVersion": 0, "blocks": [{"type": "controls_repeat_ext", "id": "loop",
                  "inputs": {"TIMES": {"block": {"type": "math_number", "id": "many", "fields": {"NUM": 1000000}}},
                             "DO": {"block": {"type": "calendar_next_day", "id": "next"}}}}]}}
                """), 0));

        endless.toEnd();
        panel.show(endless);

        assertThat(endless.blockId()).isEqualTo("next");
        assertThat(workspace.getHighlighted()).contains("loop"); // the block the verdict is about
        assertThat(panel.log().lines()).hasSize(StepLog.KEPT_LINES);
        assertThat(panel.log().lines().getLast()).startsWith("The end. Not yet: ");
        assertThat(panel.log().lines().get(StepLog.KEPT_LINES - 2)).startsWith(String.format(Locale.ENGLISH, "Step %,d: ", endless.size()));
    }

    @Test
    void an_audience_window_that_jumps_to_the_shared_position_shows_what_the_presenter_stepped_to() throws Exception {
        Playback presenters = watch();
        for (int i = 0; i < 4; i++) {
            presenters.forward();
            panel.show(presenters);
        }
        WorldStage audienceStage = new WorldStage();
        PlaybackPanel audience = new PlaybackPanel(audienceStage, null);
        audience.setWorldType("calendar");
        audience.setProjector(true);
        UI.getCurrent().add(new Div(audienceStage, audience));

        Playback audiences = watch(); // its own playback of the same program
        audiences.jumpTo(presenters.position());
        audience.show(audiences);

        assertThat(audience.position().getText()).isEqualTo(panel.position().getText()).isEqualTo("Step 4 of 6");
        assertThat(audience.log().lines()).isEqualTo(panel.log().lines());
        assertThat(audienceStage.getStateJson()).isEqualTo(stage.getStateJson());
        assertThat(audience.hasClassName(PlaybackPanel.PROJECTOR)).isTrue();
    }

    @Test
    void a_panel_that_was_not_told_its_world_says_so() {
        PlaybackPanel unset = new PlaybackPanel(new WorldStage(), null);

        assertThatThrownBy(() -> unset.show(watch())).isInstanceOf(IllegalStateException.class).hasMessageContaining("setWorldType");
    }

    @Test
    void the_stepper_makes_the_playback_on_the_first_step_runs_tick_by_tick_and_stops_at_the_end() throws Exception {
        StepControls controls = new StepControls();
        UI.getCurrent().add(controls);
        List<Integer> madeAt = new ArrayList<>();
        ProgramProblem problem = new ProgramProblem(workspace);
        Stepper stepper = new Stepper(controls, panel, () -> problem.watch(() -> {
            madeAt.add(madeAt.size());
            return watch();
        }));
        List<Boolean> playingSeen = new ArrayList<>();
        stepper.addChangeListener(() -> playingSeen.add(stepper.isPlaying()));
        stepper.showStart(plan.world().create(plan.exercise().cases().getFirst().setup()).state());
        assertThat(stepper.playback()).isNull();
        assertThat(controls.stepBackButton().isEnabled()).isFalse();

        test(controls.stepButton()).click();
        assertThat(madeAt).hasSize(1);
        assertThat(panel.position().getText()).isEqualTo("Step 1 of 6");
        assertThat(controls.stepBackButton().isEnabled()).isTrue();

        test(controls.runButton()).click();
        assertThat(stepper.isPlaying()).isTrue();
        assertThat(controls.pauseButton().isVisible()).isTrue();
        for (int i = 0; i < 10; i++) {
            stepper.tick();
        }
        assertThat(stepper.isPlaying()).isFalse();
        assertThat(panel.position().getText()).isEqualTo("Step 6 of 6");
        assertThat(controls.runButton().isEnabled()).isFalse();
        assertThat(controls.runButton().isVisible()).isTrue();
        assertThat(playingSeen).contains(true).endsWith(false);
        assertThat(madeAt).hasSize(1); // one playback for the whole run

        test(controls.resetButton()).click();
        assertThat(panel.position().getText()).isEqualTo("Ready: this is how the case starts.");

        stepper.jumpTo(2);
        assertThat(panel.position().getText()).isEqualTo("Step 3 of 6");
        assertThat(panel.log().lines()).hasSize(3);
        assertThat(controls.resetButton().isEnabled()).isTrue();
    }

    @Test
    void the_speed_slider_sets_the_step_interval_and_the_stages_animation() {
        StepControls controls = new StepControls();
        UI.getCurrent().add(controls);
        new Stepper(controls, panel, () -> null);

        controls.speedSlider().setValue(StepControls.FASTEST);
        assertThat(controls.stepMillis()).isEqualTo(50);
        assertThat(stage.getAnimationMillis()).isEqualTo(33);

        controls.speedSlider().setValue(StepControls.SLOWEST);
        assertThat(controls.stepMillis()).isEqualTo(1500);
        assertThat(stage.getAnimationMillis()).isEqualTo(PlaybackPanel.MAX_ANIMATION_MILLIS);
    }
}

package org.stepwise.playback;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * Run, Step, Step back, Pause, Reset and the speed. Only buttons and a slider: what they do is
 * the view's business, and there is no timer here (a view runs the program by UI polling, a
 * presenter by moving a shared position). Every button has a text label (not just an icon) and a
 * tooltip.
 *
 * <p>Element ids: {@code reset}, {@code step-back}, {@code step}, {@code run}, {@code pause},
 * {@code speed}. One {@code StepControls} per page.
 */
public class StepControls extends Composite<HorizontalLayout> implements HasStyle {

    /** Speeds from 1 (a step every 1.5 s) to 10 (a step every 50 ms). */
    public static final int SLOWEST = 1;
    public static final int FASTEST = 10;
    public static final int DEFAULT_SPEED = 5;

    private final Button run = button("exercise.run", "run", VaadinIcon.PLAY);
    private final Button pause = button("exercise.pause", "pause", VaadinIcon.PAUSE);
    private final Button step = button("exercise.step", "step", VaadinIcon.STEP_FORWARD);
    private final Button back = button("exercise.back", "step-back", VaadinIcon.STEP_BACKWARD);
    private final Button reset = button("exercise.reset", "reset", VaadinIcon.REFRESH);
    private final IntegerSlider speed = new IntegerSlider(SLOWEST, FASTEST);

    public StepControls() {
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        speed.setValue(DEFAULT_SPEED);
        speed.setLabel(getTranslation("exercise.speed"));
        speed.setId("speed");
        speed.addClassName("stepwise-speed");
        HorizontalLayout layout = getContent();
        layout.addClassName("stepwise-step-controls");
        layout.setAlignItems(FlexComponent.Alignment.END);
        layout.setWrap(true);
        layout.add(reset, back, step, run, pause, speed);
        showPlaying(false);
    }

    public Registration addRunListener(Runnable action) {
        return run.addClickListener(e -> action.run());
    }

    public Registration addPauseListener(Runnable action) {
        return pause.addClickListener(e -> action.run());
    }

    public Registration addStepListener(Runnable action) {
        return step.addClickListener(e -> action.run());
    }

    public Registration addStepBackListener(Runnable action) {
        return back.addClickListener(e -> action.run());
    }

    public Registration addResetListener(Runnable action) {
        return reset.addClickListener(e -> action.run());
    }

    /** Called with the new {@link #stepMillis()} whenever the speed changes. */
    public Registration addSpeedListener(IntConsumer stepMillis) {
        return speed.addValueChangeListener(e -> stepMillis.accept(stepMillis()));
    }

    /** Milliseconds between two steps at the slider's speed. */
    public int stepMillis() {
        Integer s = speed.getValue();
        return stepMillis(s == null ? DEFAULT_SPEED : s);
    }

    /** Milliseconds between two steps at a speed from {@value #SLOWEST} to {@value #FASTEST}: 1,500 ms down to 50 ms. */
    public static int stepMillis(int speed) {
        int s = Math.max(SLOWEST, Math.min(FASTEST, speed));
        return (int) Math.round(1500 * Math.pow(50 / 1500.0, (s - SLOWEST) / (double) (FASTEST - SLOWEST)));
    }

    /** While playing, Pause replaces Run. */
    public void showPlaying(boolean playing) {
        run.setVisible(!playing);
        pause.setVisible(playing);
    }

    /** Enables the buttons that make sense at this position of the playback. */
    public void showPosition(boolean atStart, boolean atEnd) {
        back.setEnabled(!atStart);
        reset.setEnabled(!atStart);
        step.setEnabled(!atEnd);
        run.setEnabled(!atEnd);
    }

    /** {@link #showPosition(boolean, boolean)} for where this playback is. */
    public void showPosition(Playback playback) {
        showPosition(playback.atStart(), playback.atEnd());
    }

    /** The large look for a projector: adds or removes the class name {@value PlaybackPanel#PROJECTOR}. */
    public void setProjector(boolean projector) {
        setClassName(PlaybackPanel.PROJECTOR, projector);
    }

    public Button runButton() {
        return run;
    }

    public Button pauseButton() {
        return pause;
    }

    public Button stepButton() {
        return step;
    }

    public Button stepBackButton() {
        return back;
    }

    public Button resetButton() {
        return reset;
    }

    public IntegerSlider speedSlider() {
        return speed;
    }

    private Button button(String key, String id, VaadinIcon icon) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        b.setTooltipText(getTranslation(key + ".tooltip"));
        return b;
    }
}

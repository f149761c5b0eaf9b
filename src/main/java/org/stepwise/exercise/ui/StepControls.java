package org.stepwise.exercise.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.slider.IntegerSlider;

/**
 * Run, Step, Step back, Pause, Reset and the speed. Only buttons and a slider: what they do is
 * the view's business. Every button has a text label (not just an icon) and a keyboard shortcut
 * hint in its tooltip.
 */
class StepControls extends Composite<HorizontalLayout> {

    /** Speeds from 1 (a step every 1.5 s) to 10 (a step every 50 ms). */
    static final int SLOWEST = 1;
    static final int FASTEST = 10;
    static final int DEFAULT_SPEED = 5;

    final Button run = button("exercise.run", "run", VaadinIcon.PLAY);
    final Button pause = button("exercise.pause", "pause", VaadinIcon.PAUSE);
    final Button step = button("exercise.step", "step", VaadinIcon.STEP_FORWARD);
    final Button back = button("exercise.back", "step-back", VaadinIcon.STEP_BACKWARD);
    final Button reset = button("exercise.reset", "reset", VaadinIcon.REFRESH);
    final IntegerSlider speed = new IntegerSlider(SLOWEST, FASTEST);

    StepControls() {
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

    /** Milliseconds between two steps at the slider's speed. */
    int stepMillis() {
        int s = speed.getValue() == null ? DEFAULT_SPEED : speed.getValue();
        return (int) Math.round(1500 * Math.pow(50 / 1500.0, (s - SLOWEST) / (double) (FASTEST - SLOWEST)));
    }

    /** While playing, Pause replaces Run. */
    void showPlaying(boolean playing) {
        run.setVisible(!playing);
        pause.setVisible(playing);
    }

    /** Enables the buttons that make sense at this position of the playback. */
    void showPosition(boolean atStart, boolean atEnd) {
        back.setEnabled(!atStart);
        reset.setEnabled(!atStart);
        step.setEnabled(!atEnd);
        run.setEnabled(!atEnd);
    }

    private Button button(String key, String id, VaadinIcon icon) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        b.setTooltipText(getTranslation(key + ".tooltip"));
        return b;
    }
}

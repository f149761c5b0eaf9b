package org.stepwise.playback;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.WorldState;

/**
 * Steps through a playback in one window: wires {@link StepControls}' buttons to a playback and
 * shows every position on a {@link PlaybackPanel}. The playback is made when first needed (the
 * first Step or Run), by the view's supplier, which may refuse (return null) when the program
 * cannot run and say why itself.
 *
 * <p>There is no timer here either: while {@link #isPlaying()}, the view calls {@link #tick()}
 * every {@link StepControls#stepMillis()} (the exercise view from its UI poll), and learns from
 * {@link #addChangeListener} when to start or stop its timer. A presenter whose position is shared
 * can use the same change listener to send the position on.
 */
public final class Stepper {

    private final StepControls controls;
    private final PlaybackPanel panel;
    private final Supplier<@Nullable Playback> source;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private @Nullable Playback playback;
    private boolean playing;

    /**
     * @param source makes the playback of the program on the case to watch; null when it cannot
     *               (the program does not run), and then nothing moves
     */
    public Stepper(StepControls controls, PlaybackPanel panel, Supplier<@Nullable Playback> source) {
        this.controls = controls;
        this.panel = panel;
        this.source = source;
        controls.addRunListener(this::play);
        controls.addPauseListener(this::pause);
        controls.addStepListener(this::stepForward);
        controls.addStepBackListener(this::stepBack);
        controls.addResetListener(this::reset);
        controls.addSpeedListener(millis -> {
            panel.setStepMillis(millis);
            changed();
        });
        panel.setStepMillis(controls.stepMillis());
    }

    /** Called after every change of position, and when playing starts or stops or its speed changes. */
    public Registration addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** The playback stepped through; null before the first Step or Run, or when the program cannot run. */
    public @Nullable Playback playback() {
        return playback;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Milliseconds between two ticks while playing, at the chosen speed. */
    public int stepMillis() {
        return controls.stepMillis();
    }

    /**
     * Forgets the playback (the program or the case changed), stops playing, and shows the case as it
     * starts. The next Step or Run makes a new playback.
     */
    public void showStart(WorldState start) {
        playing = false;
        playback = null;
        controls.showPlaying(false);
        panel.showStart(start);
        controls.showPosition(true, false);
        changed();
    }

    public void stepForward() {
        Playback p = playbackMadeIfNeeded();
        if (p != null && p.forward()) {
            show(p);
        }
    }

    public void stepBack() {
        Playback p = playback;
        if (p != null && p.back()) {
            show(p);
        }
    }

    /**
     * Goes to a step ({@code -1}: before the first; out of range is clamped), making the playback if
     * needed: a presenter's Home and End keys, or a position shared by another window.
     */
    public void jumpTo(int step) {
        Playback p = playbackMadeIfNeeded();
        if (p != null) {
            p.jumpTo(step);
            show(p);
        }
    }

    /** Stops playing and goes back to before the first step. */
    public void reset() {
        pause();
        Playback p = playback;
        if (p != null) {
            p.reset();
            show(p);
        }
    }

    /** Starts playing, unless the program cannot run or is at its end already. */
    public void play() {
        Playback p = playbackMadeIfNeeded();
        if (p == null || p.atEnd()) {
            return;
        }
        playing = true;
        controls.showPlaying(true);
        changed();
    }

    public void pause() {
        playing = false;
        controls.showPlaying(false);
        changed();
    }

    /** While playing: one step forward, and a pause at the end. Does nothing otherwise. */
    public void tick() {
        if (!playing) {
            return;
        }
        stepForward();
        Playback p = playback;
        if (p == null || p.atEnd()) {
            pause();
        }
    }

    private @Nullable Playback playbackMadeIfNeeded() {
        if (playback == null) {
            playback = source.get();
        }
        return playback;
    }

    private void show(Playback p) {
        panel.show(p);
        controls.showPosition(p);
        changed();
    }

    private void changed() {
        List.copyOf(changeListeners).forEach(Runnable::run);
    }
}

package org.stepwise.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Trace;
import org.stepwise.program.WorldState;

/**
 * Stepping through one watched case: forward, back, jump to any step, reset. The position is the
 * index of the step just done; {@code -1} means before the first step, with the world as the case
 * sets it up. Not thread-safe: one per view.
 */
public final class Playback {

    private final WatchedCase watched;
    private final Trace trace;
    private int position = -1;

    public Playback(WatchedCase watched) {
        this.watched = watched;
        this.trace = Objects.requireNonNull(watched.run().trace(), "the case was run without a trace");
    }

    private Playback(WatchedCase watched, Trace trace, int position) {
        this.watched = watched;
        this.trace = trace;
        this.position = position;
    }

    /**
     * The same run at another step ({@code -1}: before the first; out of range is clamped), as a
     * new playback: this one does not move. Cheap, the trace is shared.
     */
    public Playback at(int step) {
        return new Playback(watched, trace, Math.max(-1, Math.min(step, trace.size() - 1)));
    }

    public WatchedCase watched() {
        return watched;
    }

    /** Steps that can be replayed (fewer than the run's when the trace hit its cap). */
    public int size() {
        return trace.size();
    }

    public int position() {
        return position;
    }

    public boolean atStart() {
        return position < 0;
    }

    public boolean atEnd() {
        return position == trace.size() - 1;
    }

    /** One step forward; false when already at the end. */
    public boolean forward() {
        if (atEnd()) {
            return false;
        }
        position++;
        return true;
    }

    /** One step back; false when already before the first step. */
    public boolean back() {
        if (atStart()) {
            return false;
        }
        position--;
        return true;
    }

    /** Jumps to a step ({@code -1}: before the first); out of range is clamped. */
    public void jumpTo(int step) {
        position = Math.max(-1, Math.min(step, trace.size() - 1));
    }

    public void reset() {
        position = -1;
    }

    public void toEnd() {
        position = trace.size() - 1;
    }

    /** The block of the step just done, to highlight; null before the first step. */
    public @Nullable String blockId() {
        return atStart() ? null : trace.blockId(position);
    }

    /** The world after the step just done, or as set up before the first step. */
    public WorldState world() {
        return atStart() ? watched.start() : trace.world(position);
    }

    /** The variables as the panel shows them after the step just done; none before the first step. */
    public List<Trace.Variable> variables() {
        return atStart() ? List.of() : trace.step(position).variables();
    }

    /** The variables whose shown value differs from the step before (all of them at the first step). */
    public List<Trace.Variable> changedVariables() {
        if (atStart()) {
            return List.of();
        }
        List<Trace.Variable> now = variables();
        if (position == 0) {
            return now;
        }
        List<Trace.Variable> before = trace.step(position - 1).variables();
        List<Trace.Variable> changed = new ArrayList<>();
        for (Trace.Variable v : now) {
            if (!before.contains(v)) {
                changed.add(v);
            }
        }
        return changed;
    }

    /** The lines printed up to and including the step just done. */
    public List<String> printed() {
        int count = atStart() ? 0 : trace.step(position).printedCount();
        return trace.printed().subList(0, Math.min(count, trace.printed().size()));
    }

    /** The lines printed by the step just done (usually none or one). */
    public List<String> printedByThisStep() {
        if (atStart()) {
            return List.of();
        }
        int before = position == 0 ? 0 : trace.step(position - 1).printedCount();
        List<String> upToNow = printed();
        return upToNow.subList(Math.min(before, upToNow.size()), upToNow.size());
    }

    /** Whether the world changed with the step just done (the stage animates only then). */
    public boolean worldChanged() {
        if (atStart()) {
            return false;
        }
        WorldState previous = position == 0 ? watched.start() : trace.world(position - 1);
        return previous != trace.world(position);
    }

    /** The verdict, meaningful once the last step is reached. */
    public CaseResult verdict() {
        return watched.result();
    }

    /** True when the run went on past the steps that can be replayed. */
    public boolean truncated() {
        return trace.truncated();
    }
}

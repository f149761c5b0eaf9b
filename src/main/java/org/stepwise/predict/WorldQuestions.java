package org.stepwise.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Trace;
import org.stepwise.program.WorldState;

/**
 * Makes "what will the world look like after the next step?" questions from a run: the right
 * picture is the world after the next step; the others are worlds the same run really passes
 * through — as it is now (nothing happens), a few steps further on, one step back — so that every
 * choice is a world the class will recognise, and telling them apart is the point. Asked only when
 * the next step changes the world. Deterministic like {@link NextStepQuestions}: the order comes
 * from a seed made of the position.
 */
public final class WorldQuestions {

    /** How far ahead the run is searched for other worlds. */
    private static final int AHEAD = 8;

    private WorldQuestions() {
    }

    /**
     * The question after step {@code position} (the step just done; {@code -1}: before the first).
     *
     * @return empty at the end of the run, when the next step leaves the world as it is, or when the
     *         run passes through no other world to choose from
     */
    public static Optional<WorldQuestion> ask(WatchedCase watched, int position) {
        Trace trace = Objects.requireNonNull(watched.run().trace(), "the case was run without a trace");
        if (position < -1) {
            throw new IllegalArgumentException("position " + position);
        }
        if (position + 1 >= trace.size()) {
            return Optional.empty();
        }
        WorldState now = position < 0 ? watched.start() : trace.world(position);
        WorldState next = trace.world(position + 1);
        List<WorldState> chosen = new ArrayList<>(List.of(next));
        List<Map<String, Object>> seen = new ArrayList<>(List.of(next.toJson()));
        if (!offer(now, chosen, seen)) {
            return Optional.empty(); // the next step does not change the world
        }
        for (int step = position + 2; step < Math.min(trace.size(), position + 2 + AHEAD) && chosen.size() < NextStepQuestions.MAX_CHOICES;
                step++) {
            offer(trace.world(step), chosen, seen);
        }
        if (chosen.size() < NextStepQuestions.MAX_CHOICES && position >= 1) {
            offer(trace.world(position - 1), chosen, seen);
        }
        WorldState right = chosen.getFirst();
        Seeds.shuffle(chosen, Seeds.at(position));
        return Optional.of(new WorldQuestion(position, chosen, chosen.indexOf(right)));
    }

    /** Adds the world when it looks different from every world chosen so far. */
    private static boolean offer(WorldState world, List<WorldState> chosen, List<Map<String, Object>> seen) {
        Map<String, Object> json = world.toJson();
        if (seen.contains(json)) {
            return false;
        }
        seen.add(json);
        chosen.add(world);
        return true;
    }
}

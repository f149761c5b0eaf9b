package org.stepwise.classroom;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.ExerciseKey;

/**
 * A class at a glance, for the live class panel on the teacher's laptop and the projector: the
 * join code, how many students have joined, and per assigned exercise how many have solved it, are
 * trying, are stuck or have not started, with the case the class fails most. Counts only, unless
 * names were asked for ({@link ClassProgress#live(ClassId, boolean)}): then the names of the
 * students in each group too, in roster order; otherwise every list of names is empty.
 *
 * @param className the class's name, as its teacher wrote it
 * @param onRoster  how many students are on the class's roster
 * @param joined    how many of them signed in within the last {@link #JOINED_WITHIN} (see {@link ClassProgress#live})
 * @param notJoined the names of the students who have not joined; empty unless names were asked for
 * @param exercises one per assigned exercise, in the order of the progress grid's columns
 */
public record LiveClassSummary(ClassId classId, String className, JoinCode joinCode, int onRoster, int joined, List<String> notJoined,
        List<ExerciseSummary> exercises) {

    /** A student counts as joined when they signed in this long ago or less: a school day. */
    public static final Duration JOINED_WITHIN = Duration.ofHours(8);

    /** A student who has not solved an exercise and checked it this many times or more is stuck. */
    public static final int STUCK_AFTER_CHECKS = 3;

    public LiveClassSummary {
        notJoined = List.copyOf(notJoined);
        exercises = List.copyOf(exercises);
    }

    /** Where a student is with one exercise, as the live panel groups them. */
    public enum Standing {
        /** A check passed every case. */
        SOLVED,
        /** Started (a saved program or checks) and fewer than {@link #STUCK_AFTER_CHECKS} checks, none passing. */
        TRYING,
        /** At least {@link #STUCK_AFTER_CHECKS} checks, none passing every case. */
        STUCK,
        /** No saved program and no check. */
        NOT_STARTED;

        /** The standing of a progress grid's cell. */
        public static Standing of(ProgressCell cell) {
            return switch (cell.state()) {
                case SOLVED -> SOLVED;
                case IN_PROGRESS -> cell.attempts() >= STUCK_AFTER_CHECKS ? STUCK : TRYING;
                case NOT_STARTED -> NOT_STARTED;
            };
        }
    }

    /**
     * One assigned exercise. The counts add up to the roster.
     *
     * @param mostFailed the case that most students fail in their latest check (ties: the earlier case
     *                   in the exercise); null when nobody fails a case
     * @param names      the students in each standing, in roster order; every list empty unless names were
     *                   asked for
     */
    public record ExerciseSummary(ExerciseKey exercise, int solved, int trying, int stuck, int notStarted,
            @Nullable CaseFailure mostFailed, Map<Standing, List<String>> names) {

        public ExerciseSummary {
            EnumMap<Standing, List<String>> copy = new EnumMap<>(Standing.class);
            for (Standing standing : Standing.values()) {
                copy.put(standing, List.copyOf(names.getOrDefault(standing, List.of())));
            }
            names = java.util.Collections.unmodifiableMap(copy);
        }

        public int count(Standing standing) {
            return switch (standing) {
                case SOLVED -> solved;
                case TRYING -> trying;
                case STUCK -> stuck;
                case NOT_STARTED -> notStarted;
            };
        }

        /** The students in this standing, in roster order; empty unless names were asked for. */
        public List<String> names(Standing standing) {
            return names.get(standing);
        }
    }
}

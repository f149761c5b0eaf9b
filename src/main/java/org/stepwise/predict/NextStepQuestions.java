package org.stepwise.predict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.stepwise.grading.WatchedCase;
import org.stepwise.program.Trace;

/**
 * Makes "what does the program do next?" questions from a run: the right answer is the block of the
 * next step, the other choices are other statement blocks of the same program, the plausible ones
 * first (blocks that ran just before or run soon after, the blocks next to the right one, the loop
 * or "if" around it, the first block inside it), each choice with a different label.
 *
 * <p>Deterministic: the same trace, position and workspace give the same choices in the same order
 * on every server and in every language, so the presenter, the projector and each student's device
 * can compute the question on their own and agree on what answer {@code i} means. Blocks whose
 * labels are the same in any language are one choice, so choices stay distinct in every language.
 * The order is shuffled by a seed made from the position, so the right answer is not always first.
 *
 * <p>Immutable and safe to share.
 */
public final class NextStepQuestions {

    /** Why no question can be asked at a position. */
    public enum NoQuestion {
        /** The step just done is the last one (or the run was longer than its trace). */
        END_OF_RUN,
        /** The program's statement blocks all have the same label: there is nothing to choose between. */
        ONE_KIND_OF_BLOCK
    }

    /** At most this many choices: the right one and three others. */
    public static final int MAX_CHOICES = 4;
    /** How many steps before and after the next one count as "soon". */
    private static final int NEARBY_STEPS = 4;

    private final BlockLabels labels;

    public NextStepQuestions(BlockLabels labels) {
        this.labels = labels;
    }

    /** Questions about programs of the standard worlds. */
    public static NextStepQuestions standard() {
        return new NextStepQuestions(BlockLabels.standard());
    }

    /**
     * The question to ask after step {@code position} of a watched case.
     *
     * @see #ask(Trace, int, String, Locale)
     */
    public Optional<NextStepQuestion> ask(WatchedCase watched, int position, String workspaceJson, Locale locale) {
        return ask(traceOf(watched), position, workspaceJson, locale);
    }

    /**
     * The question to ask after step {@code position} of a run, its labels in the locale's language.
     *
     * @param trace         the run's steps
     * @param position      the step just done, {@code -1} before the first (as {@code Playback.position()})
     * @param workspaceJson the program that made the trace, as saved by Blockly
     * @return empty at the end of the run, or when the program has fewer than two different labels
     *         (see {@link #whyNot})
     * @throws IllegalArgumentException when the position is below -1, or the workspace cannot be read
     *         or does not hold the trace's blocks
     */
    public Optional<NextStepQuestion> ask(Trace trace, int position, String workspaceJson, Locale locale) {
        return Optional.ofNullable(make(trace, position, workspaceJson, locale).question());
    }

    /** Why {@link #ask(Trace, int, String, Locale)} gives no question here; empty when it gives one. */
    public Optional<NoQuestion> whyNot(Trace trace, int position, String workspaceJson) {
        return Optional.ofNullable(make(trace, position, workspaceJson, Locale.ENGLISH).why());
    }

    /** Why {@link #ask(WatchedCase, int, String, Locale)} gives no question here; empty when it gives one. */
    public Optional<NoQuestion> whyNot(WatchedCase watched, int position, String workspaceJson) {
        return whyNot(traceOf(watched), position, workspaceJson);
    }

    /**
     * "What will x be after the next step?" after step {@code position}: about the variable the next
     * block sets, or else the first variable the next step changes.
     *
     * @return empty at the end of the run, when the next step changes no variable, or when there is
     *         no other value to offer
     * @throws IllegalArgumentException when the position is below -1 or the workspace cannot be read
     */
    public Optional<VariableQuestion> askVariable(Trace trace, int position, String workspaceJson) {
        if (position < -1) {
            throw new IllegalArgumentException("position " + position + ": the step just done is -1 (before the first) or more");
        }
        return VariableQuestionMaker.make(trace, position, labels.of(workspaceJson));
    }

    /** @see #askVariable(Trace, int, String) */
    public Optional<VariableQuestion> askVariable(WatchedCase watched, int position, String workspaceJson) {
        return askVariable(traceOf(watched), position, workspaceJson);
    }

    private static Trace traceOf(WatchedCase watched) {
        Trace trace = watched.run().trace();
        if (trace == null) {
            throw new IllegalArgumentException("case " + watched.caseIndex() + " was run without a trace");
        }
        return trace;
    }

    private record Made(@Nullable NextStepQuestion question, @Nullable NoQuestion why) {
    }

    private Made make(Trace trace, int position, String workspaceJson, Locale locale) {
        if (position < -1) {
            throw new IllegalArgumentException("position " + position + ": the step just done is -1 (before the first) or more");
        }
        int next = position + 1;
        if (next >= trace.size()) {
            return new Made(null, NoQuestion.END_OF_RUN);
        }
        WorkspaceLabels workspace = labels.of(workspaceJson);
        String nextBlock = trace.blockId(next);
        if (!workspace.contains(nextBlock)) {
            throw new IllegalArgumentException("The workspace has no block with the id \"" + nextBlock + "\" of step " + next
                    + ": is it the program that made this run?");
        }

        Map<String, StatementPlaces.Place> places = new LinkedHashMap<>(workspace.statements());
        places.putIfAbsent(nextBlock, new StatementPlaces.Place(null, List.of(nextBlock), List.of()));
        Map<String, Integer> order = new HashMap<>();
        workspace.blockIds().forEach(id -> order.put(id, order.size()));
        List<String> statements = new ArrayList<>(places.keySet().stream().filter(workspace::contains).toList());
        statements.sort(Comparator.comparingInt(order::get));

        Map<String, String> groupOf = groups(workspace, statements);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String id : statements) {
            members.computeIfAbsent(groupOf.get(id), g -> new ArrayList<>()).add(id);
        }
        if (members.size() < 2) {
            return new Made(null, NoQuestion.ONE_KIND_OF_BLOCK);
        }

        String right = groupOf.get(nextBlock);
        Map<String, Integer> score = new HashMap<>();
        for (int k = 1; k <= NEARBY_STEPS; k++) {
            int points = 10 * (NEARBY_STEPS + 1 - k);
            for (int step : new int[] {next - k, next + k}) {
                if (step >= 0 && step < trace.size()) {
                    boost(score, groupOf, trace.blockId(step), points);
                }
            }
        }
        StatementPlaces.Place place = places.get(nextBlock);
        int at = place.siblings().indexOf(nextBlock);
        for (int i = 0; i < place.siblings().size(); i++) {
            boost(score, groupOf, place.siblings().get(i), Math.abs(i - at) == 1 ? 35 : 20);
        }
        if (place.parent() != null) {
            boost(score, groupOf, place.parent(), 30);
        }
        for (String inside : place.firstInside()) {
            boost(score, groupOf, inside, 30);
        }

        Random random = Seeds.at(position);
        Map<String, Double> tieBreak = new HashMap<>();
        for (String group : members.keySet()) {
            tieBreak.put(group, random.nextDouble());
        }
        List<String> others = new ArrayList<>(members.keySet());
        others.remove(right);
        others.sort(Comparator.<String>comparingInt(g -> -score.getOrDefault(g, 0)).thenComparingDouble(tieBreak::get));

        List<String> chosen = new ArrayList<>();
        chosen.add(right);
        chosen.addAll(others.subList(0, Math.min(MAX_CHOICES - 1, others.size())));
        Seeds.shuffle(chosen, random);
        List<String> shown = new ArrayList<>();
        for (String group : chosen) {
            shown.add(workspace.label(members.get(group).getFirst(), locale));
        }
        List<NextStepQuestion.Choice> choices = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            List<String> ids = members.get(chosen.get(i));
            // shortened labels of different blocks may meet ("repeat until …"): then say everything
            String label = Collections.frequency(shown, shown.get(i)) > 1 ? workspace.fullLabel(ids.getFirst(), locale) : shown.get(i);
            choices.add(new NextStepQuestion.Choice(label, ids));
        }
        return new Made(new NextStepQuestion(position, nextBlock, choices, chosen.indexOf(right)), null);
    }

    /** Raises the plausibility of a block's group to at least {@code points}; blocks that are no choice are ignored. */
    private static void boost(Map<String, Integer> score, Map<String, String> groupOf, String blockId, int points) {
        String group = groupOf.get(blockId);
        if (group != null) {
            score.merge(group, points, Math::max);
        }
    }

    /**
     * Puts blocks whose full labels are the same in any language into one group, named by its first
     * block: then the groups, and so the choices, are the same whatever language each reader has.
     */
    private static Map<String, String> groups(WorkspaceLabels workspace, List<String> statements) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (String id : statements) {
            parent.put(id, id);
            index.put(id, index.size());
        }
        for (String language : BlockLabels.languages()) {
            Map<String, String> firstWithLabel = new HashMap<>();
            for (String id : statements) {
                String other = firstWithLabel.putIfAbsent(workspace.fullLabel(id, Locale.of(language)), id);
                if (other != null) {
                    union(parent, index, other, id);
                }
            }
        }
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (String id : statements) {
            groupOf.put(id, find(parent, id));
        }
        return groupOf;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** Joins two groups; the group is named by its earliest block (in workspace order). */
    private static void union(Map<String, String> parent, Map<String, Integer> index, String one, String other) {
        String a = find(parent, one);
        String b = find(parent, other);
        if (index.get(a) < index.get(b)) {
            parent.put(b, a);
        } else if (index.get(b) < index.get(a)) {
            parent.put(a, b);
        }
    }
}

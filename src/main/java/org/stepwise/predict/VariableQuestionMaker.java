package org.stepwise.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.JsSemantics;
import org.stepwise.program.Trace;

/**
 * Makes "what will x be after the next step?" questions. The variable is the one the next block
 * sets (set, change, count with, for each) or, for other blocks, the first one the next step
 * changes. Wrong values, the plausible ones first: the value now (nothing happens), the value it
 * gets after that (one step too far), one more and one less, twice the change, values it had
 * before, values of other variables now.
 */
final class VariableQuestionMaker {

    /** How far the trace is searched, back and forward, for other values of the variable. */
    private static final int LOOK_AROUND = 200;

    private VariableQuestionMaker() {
    }

    static Optional<VariableQuestion> make(Trace trace, int position, WorkspaceLabels workspace) {
        int next = position + 1;
        if (next >= trace.size()) {
            return Optional.empty();
        }
        String block = trace.blockId(next);
        Map<String, String> after = values(trace.step(next).variables());
        Map<String, String> before = position >= 0 ? values(trace.step(position).variables()) : null;
        String name = workspace.variableSetBy(block).orElse(null);
        if (name == null && before != null) {
            for (var entry : after.entrySet()) {
                if (before.containsKey(entry.getKey()) && !before.get(entry.getKey()).equals(entry.getValue())) {
                    name = entry.getKey();
                    break;
                }
            }
        }
        if (name == null || !after.containsKey(name)) {
            return Optional.empty();
        }
        String correct = after.get(name);
        String old = before == null ? null : before.get(name);

        Set<String> wrong = new LinkedHashSet<>();
        add(wrong, old);
        add(wrong, nextOtherValue(trace, next, name, correct));
        Double c = number(correct);
        if (c != null) {
            Double o = number(old);
            if (o != null && !o.equals(c)) {
                add(wrong, JsSemantics.numberToString(c + (c - o)));
            }
            add(wrong, JsSemantics.numberToString(c + 1));
            add(wrong, JsSemantics.numberToString(c - 1));
        } else if (correct.equals("true") || correct.equals("false")) {
            add(wrong, correct.equals("true") ? "false" : "true");
        }
        for (int step = next - 1; step >= Math.max(0, next - LOOK_AROUND) && wrong.size() < 6; step--) {
            add(wrong, values(trace.step(step).variables()).get(name));
        }
        for (var entry : after.entrySet()) {
            if (!entry.getKey().equals(name) && (number(entry.getValue()) != null) == (c != null)) {
                add(wrong, entry.getValue());
            }
        }
        wrong.remove(correct);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        List<String> choices = new ArrayList<>();
        choices.add(correct);
        choices.addAll(wrong.stream().limit(NextStepQuestions.MAX_CHOICES - 1).toList());
        Seeds.shuffle(choices, Seeds.at(position));
        return Optional.of(new VariableQuestion(position, block, name, choices, choices.indexOf(correct)));
    }

    private static @Nullable String nextOtherValue(Trace trace, int next, String name, String now) {
        for (int step = next + 1; step < trace.size() && step <= next + LOOK_AROUND; step++) {
            String value = values(trace.step(step).variables()).get(name);
            if (value != null && !value.equals(now)) {
                return value;
            }
        }
        return null;
    }

    private static void add(Set<String> values, @Nullable String value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static Map<String, String> values(List<Trace.Variable> variables) {
        Map<String, String> map = new LinkedHashMap<>();
        variables.forEach(v -> map.putIfAbsent(v.name(), v.value()));
        return map;
    }

    /** The number a shown value stands for; null for text, booleans, lists and undefined. */
    private static @Nullable Double number(@Nullable String shown) {
        if (shown == null || shown.isEmpty() || shown.startsWith("\"") || shown.startsWith("[")) {
            return null;
        }
        try {
            double d = Double.parseDouble(shown);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

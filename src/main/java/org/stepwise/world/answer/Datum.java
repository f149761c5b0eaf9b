package org.stepwise.world.answer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepwise.program.JsSemantics;
import org.stepwise.program.Value;
import org.stepwise.program.ValueDisplay;
import org.stepwise.world.JsonNumbers;
import org.stepwise.world.SetupReader;
import tools.jackson.databind.JsonNode;

/**
 * An immutable copy of a block-language value: an input from the set-up, the expected answer, or
 * the answer a program gave (copied when given, so that changing a list afterwards changes nothing).
 */
sealed interface Datum {

    int MAX_DEPTH = 4;
    int MAX_ITEMS = 1_000;
    /** Numbers this close, relative to the bigger one, are the same answer (0.1 + 0.2 is 0.3). */
    double TOLERANCE = 1e-9;

    record Num(double value) implements Datum {
    }

    record Text(String value) implements Datum {
    }

    record Bool(boolean value) implements Datum {
    }

    record Items(List<Datum> items) implements Datum {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** {@code undefined} or {@code null}: an empty variable given as the answer. */
    record Nothing(Value value) implements Datum {
    }

    /** A fresh value for the program (a list is a new list each time). */
    default Value toValue() {
        return switch (this) {
            case Num n -> Value.of(n.value());
            case Text t -> Value.of(t.value());
            case Bool b -> Value.of(b.value());
            case Items l -> new Value.ListValue(l.items().stream().map(Datum::toValue).toList());
            case Nothing n -> n.value();
        };
    }

    /** As the variables panel shows it: 212, "Ana", [1, 2]. */
    default String shown() {
        return ValueDisplay.show(toValue());
    }

    /** As a message argument: as {@link #shown()}, but true, false and nothing in the reader's language. */
    default Object inMessage() {
        return ValueDisplay.forMessage(toValue());
    }

    /** For {@code toJson()}: a number, text, boolean or list; the word "undefined" or "null" for nothing. */
    default Object json() {
        return switch (this) {
            case Num n -> JsonNumbers.of(n.value());
            case Text t -> t.value();
            case Bool b -> b.value();
            case Items l -> l.items().stream().map(Datum::json).toList();
            case Nothing n -> n.value().toString();
        };
    }

    static Datum of(Value value) {
        return of(value, new IdentityHashMap<>());
    }

    private static Datum of(Value value, Map<Value.ListValue, Boolean> open) {
        return switch (value) {
            case Value.Num n -> new Num(n.value());
            case Value.Text t -> new Text(t.value());
            case Value.Bool b -> new Bool(b.value());
            case Value.Undefined u -> new Nothing(u);
            case Value.Null n -> new Nothing(n);
            case Value.ListValue l -> {
                if (open.put(l, Boolean.TRUE) != null) {
                    yield new Items(List.of()); // a list inside itself: its inner copy is cut off
                }
                List<Datum> items = new ArrayList<>(l.size());
                l.items().forEach(item -> items.add(of(item, open)));
                open.remove(l);
                yield new Items(items);
            }
        };
    }

    /** A value from the set-up or the expectation: a number, a text, true or false, or a list of those. */
    static Datum read(JsonNode node, String path) {
        return read(node, path, 0);
    }

    private static Datum read(JsonNode node, String path, int depth) {
        if (node.isNumber() && Double.isFinite(node.asDouble())) {
            return new Num(node.asDouble());
        }
        if (node.isString()) {
            return new Text(node.asString());
        }
        if (node.isBoolean()) {
            return new Bool(node.asBoolean());
        }
        if (node.isArray() && depth < MAX_DEPTH && node.size() <= MAX_ITEMS) {
            List<Datum> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(read(node.get(i), path + "[" + i + "]", depth + 1));
            }
            return new Items(items);
        }
        throw SetupReader.problem(path, "answer.setup.not-a-value", SetupReader.shown(node), MAX_ITEMS, MAX_DEPTH);
    }

    /**
     * Whether a given answer counts as the expected one: numbers equal exactly or within
     * {@link #TOLERANCE} relative; texts equal ignoring surrounding spaces and case; a number and a
     * text when the text is that number (the program joined it into a text); lists item by item.
     */
    static boolean matches(Datum expected, Datum given) {
        return switch (expected) {
            case Num e -> switch (given) {
                case Num g -> close(e.value(), g.value());
                case Text g -> !g.value().isBlank() && close(e.value(), JsSemantics.toNumber(Value.of(g.value())));
                default -> false;
            };
            case Text e -> switch (given) {
                case Text g -> same(e.value(), g.value());
                case Num g -> same(e.value(), JsSemantics.numberToString(g.value()));
                case Bool g -> same(e.value(), Boolean.toString(g.value()));
                default -> false;
            };
            case Bool e -> switch (given) {
                case Bool g -> e.value() == g.value();
                case Text g -> same(Boolean.toString(e.value()), g.value());
                default -> false;
            };
            case Items e -> given instanceof Items g && e.items().size() == g.items().size() && allMatch(e.items(), g.items());
            case Nothing e -> given instanceof Nothing;
        };
    }

    private static boolean allMatch(List<Datum> expected, List<Datum> given) {
        for (int i = 0; i < expected.size(); i++) {
            if (!matches(expected.get(i), given.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}

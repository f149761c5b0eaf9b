package org.stepwise.program;

import java.util.IdentityHashMap;
import java.util.Map;

/** How values look in the variables panel and in messages. */
public final class ValueDisplay {

    private static final int MAX_ITEMS = 30;

    private ValueDisplay() {
    }

    /** Numbers as JavaScript prints them, text in quotes, lists in brackets (long ones cut). */
    public static String show(Value v) {
        return switch (v) {
            case Value.Num n -> JsSemantics.numberToString(n.value());
            case Value.Text t -> "\"" + t.value() + "\"";
            case Value.Bool b -> b.value() ? "true" : "false";
            case Value.Undefined u -> "undefined";
            case Value.Null n -> "null";
            case Value.ListValue l -> showList(l, new IdentityHashMap<>());
        };
    }

    private static String showList(Value.ListValue list, Map<Value.ListValue, Boolean> seen) {
        if (seen.put(list, Boolean.TRUE) != null) {
            return "[…]";
        }
        StringBuilder sb = new StringBuilder("[");
        int n = Math.min(list.size(), MAX_ITEMS);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Value item = list.items().get(i);
            sb.append(item instanceof Value.ListValue inner ? showList(inner, seen) : show(item));
        }
        if (list.size() > MAX_ITEMS) {
            sb.append(", …");
        }
        seen.remove(list);
        return sb.append(']').toString();
    }

    /**
     * The value as a message argument: written as {@link #show} writes it, except that true, false,
     * undefined and null (also inside lists) are words of the reader's language. A plain text when
     * there is nothing to translate.
     */
    public static Object forMessage(Value v) {
        return switch (v) {
            case Value.Bool b -> Message.program(b.value() ? "value.true" : "value.false");
            case Value.Undefined u -> Message.program("value.undefined");
            case Value.Null n -> Message.program("value.null");
            case Value.Num n when Double.isNaN(n.value()) -> Message.program("value.nan");
            case Value.ListValue l -> hasWords(l, new IdentityHashMap<>()) ? listForMessage(l, new IdentityHashMap<>()) : show(l);
            default -> show(v);
        };
    }

    private static boolean hasWords(Value.ListValue list, Map<Value.ListValue, Boolean> seen) {
        if (seen.put(list, Boolean.TRUE) != null) {
            return false;
        }
        int n = Math.min(list.size(), MAX_ITEMS);
        for (int i = 0; i < n; i++) {
            Value item = list.items().get(i);
            if (item instanceof Value.Bool || item instanceof Value.Undefined || item instanceof Value.Null
                    || item instanceof Value.ListValue inner && hasWords(inner, seen)) {
                return true;
            }
        }
        return false;
    }

    /** "[1, true]" as nested messages: {@code value.list} around {@code value.items} pairs. */
    private static Object listForMessage(Value.ListValue list, Map<Value.ListValue, Boolean> seen) {
        if (seen.put(list, Boolean.TRUE) != null) {
            return "[…]";
        }
        int n = Math.min(list.size(), MAX_ITEMS);
        Object items = "";
        for (int i = 0; i < n; i++) {
            Value item = list.items().get(i);
            Object shown = item instanceof Value.ListValue inner ? listForMessage(inner, seen) : forMessage(item);
            items = i == 0 ? shown : Message.program("value.items", items, shown);
        }
        if (list.size() > MAX_ITEMS) {
            items = Message.program("value.items", items, "…");
        }
        seen.remove(list);
        return Message.program("value.list", items);
    }

    /** The kind of a value in words ("a number", "a list"), for error messages. */
    public static Message kind(Value v) {
        return Message.program(switch (v) {
            case Value.Num n -> "value.kind.number";
            case Value.Text t -> "value.kind.text";
            case Value.Bool b -> "value.kind.boolean";
            case Value.Undefined u -> "value.kind.undefined";
            case Value.Null n -> "value.kind.null";
            case Value.ListValue l -> "value.kind.list";
        });
    }
}

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

    /** A word for the kind of a value, for error messages. */
    public static String kind(Value v) {
        return switch (v) {
            case Value.Num n -> "a number";
            case Value.Text t -> "a text";
            case Value.Bool b -> "true or false";
            case Value.Undefined u -> "nothing (an empty variable)";
            case Value.Null n -> "nothing";
            case Value.ListValue l -> "a list";
        };
    }
}

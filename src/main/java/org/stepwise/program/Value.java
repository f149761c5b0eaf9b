package org.stepwise.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of the block language. These are JavaScript's values as Blockly's generated code sees
 * them: numbers (doubles), text, booleans, lists (shared and mutable, like JavaScript arrays),
 * {@code undefined} (an unset variable, a missing list item) and {@code null}.
 */
public sealed interface Value {

    Undefined UNDEFINED = new Undefined();
    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Num of(double value) {
        return new Num(value);
    }

    static Text of(String value) {
        return new Text(value);
    }

    static Bool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** A number: JavaScript has only doubles. */
    record Num(double value) implements Value {
        @Override
        public String toString() {
            return JsSemantics.numberToString(value);
        }
    }

    record Text(String value) implements Value {
        @Override
        public String toString() {
            return value;
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** JavaScript's {@code undefined}: what an unset variable holds. */
    record Undefined() implements Value {
        @Override
        public String toString() {
            return "undefined";
        }
    }

    record Null() implements Value {
        @Override
        public String toString() {
            return "null";
        }
    }

    /**
     * A list. Like a JavaScript array it is shared by reference: two variables can hold the same
     * list, and a change through one is seen through the other. Equality is identity.
     */
    final class ListValue implements Value {
        private final ArrayList<Value> items;

        public ListValue() {
            this.items = new ArrayList<>();
        }

        public ListValue(List<Value> items) {
            this.items = new ArrayList<>(items);
        }

        /** The live items: changes are visible to every holder of this list. */
        public List<Value> items() {
            return items;
        }

        public int size() {
            return items.size();
        }

        @Override
        public String toString() {
            return JsSemantics.toText(this);
        }
    }
}

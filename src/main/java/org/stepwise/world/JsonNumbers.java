package org.stepwise.world;

/** Numbers for {@code WorldState.toJson()}: whole numbers as {@code Long} (drawn as 5, not 5.0). */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    public static Number of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }
}

package org.stepwise.lesson;

/** The ages a lesson is written for, in whole years, both ends included ({@value #YOUNGEST}–{@value #OLDEST}). */
public record AgeRange(int from, int to) {

    public static final int YOUNGEST = 6;
    public static final int OLDEST = 18;

    public AgeRange {
        if (from < YOUNGEST || to > OLDEST || from > to) {
            throw new IllegalArgumentException("ages must be " + YOUNGEST + "–" + OLDEST + " with from <= to: " + from + "–" + to);
        }
    }

    public boolean contains(int age) {
        return age >= from && age <= to;
    }

    /** "9–12". */
    @Override
    public String toString() {
        return from + "–" + to;
    }
}

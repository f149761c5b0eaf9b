package org.stepwise.world.sorting;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order cards go in, smallest first. Numbers by value. Words as an English dictionary orders
 * them, the way a language class would expect: case is ignored ("apple" and "Apple" are equal, so
 * either may come first) and accents only break ties ("cote" before "côte" before "cotf"). That is
 * {@link Collator} for English at {@link Collator#SECONDARY} strength; PRIMARY would also make
 * "cote" and "côte" equal, TERTIARY would make "apple" and "Apple" differ.
 *
 * <p>Not thread-safe to share across runs on principle: each world and each goal check makes its
 * own (a collator is a mutable object).
 */
final class CardOrder implements Comparator<Card> {

    private final Collator collator;

    CardOrder() {
        collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(Card a, Card b) {
        if (a instanceof Card.Num x && b instanceof Card.Num y) {
            return Double.compare(x.value() + 0.0, y.value() + 0.0);
        }
        if (a instanceof Card.Word x && b instanceof Card.Word y) {
            return Integer.signum(collator.compare(x.text(), y.text()));
        }
        throw new IllegalArgumentException("a number card and a word card cannot be compared: " + a + ", " + b);
    }
}

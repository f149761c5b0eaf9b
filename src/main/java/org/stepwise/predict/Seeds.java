package org.stepwise.predict;

import java.util.List;
import java.util.Random;

/**
 * The randomness of questions, made from the position alone so that every server and every device
 * gets the same. {@link Random} is used because its sequence for a seed is specified by the JDK.
 */
final class Seeds {

    private Seeds() {
    }

    static Random at(int position) {
        return new Random(0x5EED_0F_5EEDL ^ (position * 0x9E3779B97F4A7C15L));
    }

    /** Fisher–Yates with {@link Random#nextInt(int)}, whose results are specified (unlike Collections.shuffle's). */
    static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }
}

package org.stepwise.classroom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pictures of picture passwords, in the order the sign-in pad shows them. */
public enum Picture {
    SUN, MOON, STAR, TREE, FLOWER, FISH, APPLE, HOUSE, BOAT, HEART, UMBRELLA, KEY;

    /** The id in secrets and file names, e.g. {@code umbrella}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Picture> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}

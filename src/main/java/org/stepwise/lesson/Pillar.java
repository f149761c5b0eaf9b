package org.stepwise.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The four pillars of computational thinking, with the ids lesson files use. */
public enum Pillar {
    DECOMPOSITION("decomposition"),
    PATTERN_RECOGNITION("pattern-recognition"),
    ABSTRACTION("abstraction"),
    ALGORITHM_DESIGN("algorithm-design");

    private final String id;

    Pillar(String id) {
        this.id = id;
    }

    /** The id in lesson files, e.g. {@code pattern-recognition}. */
    public String id() {
        return id;
    }

    public static Optional<Pillar> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}

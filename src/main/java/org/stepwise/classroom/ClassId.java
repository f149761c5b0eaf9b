package org.stepwise.classroom;

import java.util.UUID;

/** Identifies a class. */
public record ClassId(UUID value) {

    public static ClassId random() {
        return new ClassId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

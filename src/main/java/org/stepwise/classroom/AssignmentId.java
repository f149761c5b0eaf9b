package org.stepwise.classroom;

import java.util.UUID;

/** Identifies an assignment. */
public record AssignmentId(UUID value) {

    public static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

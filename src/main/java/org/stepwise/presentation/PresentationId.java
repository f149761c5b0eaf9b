package org.stepwise.presentation;

import java.util.Optional;
import java.util.UUID;

/** Identifies a presentation. */
public record PresentationId(UUID value) {

    public static PresentationId random() {
        return new PresentationId(UUID.randomUUID());
    }

    /** Empty when the text is not an id (a mistyped address). */
    public static Optional<PresentationId> parse(String text) {
        try {
            return Optional.of(new PresentationId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

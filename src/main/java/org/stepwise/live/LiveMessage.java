package org.stepwise.live;

/**
 * One message: a topic (e.g. {@code class:<id>}) and a short text payload (JSON by convention).
 * Topic and payload together must stay under {@link LiveBus#MAX_BYTES}: PostgreSQL's NOTIFY takes
 * at most 8,000 bytes, so messages say what changed, not the changed data itself.
 */
public record LiveMessage(String topic, String payload) {

    public LiveMessage {
        if (topic.isBlank() || topic.contains("\n")) {
            throw new IllegalArgumentException("a live topic is one non-blank line, not \"" + topic + "\"");
        }
    }
}

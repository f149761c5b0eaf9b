package org.stepwise.live;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepwise.live.internal.Subscribers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes messages to every app instance that shares this database, this one included, and
 * lets code here subscribe to topics. A message published inside a transaction is delivered when
 * the transaction commits, and not at all if it rolls back (PostgreSQL's NOTIFY semantics).
 * Delivery is at most once and only to instances listening at that moment: live views load their
 * state when they open and use messages only to know when to look again.
 */
@Service
public class LiveBus {

    /** The PostgreSQL channel all messages travel on. */
    public static final String CHANNEL = "stepwise_live";
    /** Largest message, topic and payload together, in UTF-8 bytes (NOTIFY's limit is 8,000). */
    public static final int MAX_BYTES = 7_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Subscribers subscribers;

    LiveBus(JdbcClient jdbc, Subscribers subscribers) {
        this.jdbc = jdbc;
        this.subscribers = subscribers;
    }

    /**
     * @throws IllegalArgumentException when the message is longer than {@link #MAX_BYTES}
     */
    public void publish(LiveMessage message) {
        ObjectNode envelope = JSON.createObjectNode().put("topic", message.topic()).put("payload", message.payload());
        String text = JSON.writeValueAsString(envelope);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("a live message on " + message.topic() + " is " + bytes + " bytes; at most " + MAX_BYTES);
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, text).query().singleRow();
    }

    /**
     * Calls the listener with the payload of every message on the topic, on the bus's own
     * thread: a listener must be quick (a Vaadin view hands the work to its UI with
     * {@code ui.access}).
     *
     * @return call {@code close()} to stop listening (when the view detaches)
     */
    public LiveSubscription subscribe(String topic, Consumer<String> listener) {
        return subscribers.add(topic, listener);
    }
}

package org.stepwise.live.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.stepwise.live.LiveSubscription;

/**
 * Who listens to which topic in this instance. Each listener gets the messages in the order they
 * came, on a virtual thread of its own: one that takes long (a view redrawing under its session's
 * lock) never holds up the others (a projector waiting behind thirty students' pages).
 */
@Component
public class Subscribers {

    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);

    private final Map<String, List<Listener>> byTopic = new ConcurrentHashMap<>();

    public LiveSubscription add(String topic, Consumer<String> consumer) {
        Listener listener = new Listener(topic, consumer, Executors.newSingleThreadExecutor(Thread.ofVirtual().name("live-" + topic).factory()));
        byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            byTopic.computeIfPresent(topic, (t, listeners) -> {
                listeners.remove(listener);
                return listeners.isEmpty() ? null : listeners;
            });
            listener.queue().shutdown(); // what is queued still arrives; nothing new does
        };
    }

    /** Hands the payload to every listener of the topic; one failing listener does not stop the others. */
    public void deliver(String topic, String payload) {
        for (Listener listener : byTopic.getOrDefault(topic, List.of())) {
            try {
                listener.queue().execute(() -> {
                    try {
                        listener.consumer().accept(payload);
                    } catch (RuntimeException e) {
                        log.warn("A listener of live topic {} failed: {}", topic, e.toString());
                    }
                });
            } catch (RejectedExecutionException e) {
                // it stopped listening meanwhile
            }
        }
    }

    private record Listener(String topic, Consumer<String> consumer, ExecutorService queue) {
    }
}

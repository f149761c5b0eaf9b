package org.stepwise.live.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.stepwise.live.LiveSubscription;

/** Who listens to which topic in this instance. */
@Component
public class Subscribers {

    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);

    private final Map<String, List<Consumer<String>>> byTopic = new ConcurrentHashMap<>();

    public LiveSubscription add(String topic, Consumer<String> listener) {
        byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byTopic.computeIfPresent(topic, (t, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** Hands the payload to every listener of the topic; one failing listener does not stop the others. */
    public void deliver(String topic, String payload) {
        for (Consumer<String> listener : byTopic.getOrDefault(topic, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A listener of live topic {} failed: {}", topic, e.toString());
            }
        }
    }
}

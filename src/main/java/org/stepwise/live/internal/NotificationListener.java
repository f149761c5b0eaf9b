package org.stepwise.live.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.stepwise.live.LiveBus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds one connection of the pool for as long as the app runs, LISTENs on {@link LiveBus#CHANNEL}
 * and hands every notification to the {@link Subscribers}, on a thread of its own. A lost
 * connection is replaced after a short pause; messages sent meanwhile are missed (live views
 * reload their state when they reconnect).
 */
@Component
class NotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final Subscribers subscribers;
    private volatile boolean running;
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private Thread thread;

    NotificationListener(DataSource dataSource, Subscribers subscribers) {
        this.dataSource = dataSource;
        this.subscribers = subscribers;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("live-notifications").daemon().start(this::listen);
        // until LISTEN is in place, so that messages published right after start-up arrive; a
        // database that is not there yet only delays this by the timeout, the thread keeps trying
        try {
            if (!firstListen.await(10, TimeUnit.SECONDS)) {
                log.warn("Live updates: not listening yet after 10 s; messages sent meanwhile are missed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveBus.CHANNEL);
                }
                firstListen.countDown();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live updates: the listening connection failed ({}); trying again in {} ms", e.getMessage(), RETRY_MILLIS);
                    pause();
                }
            }
        }
    }

    private void dispatch(String text) {
        try {
            JsonNode envelope = JSON.readTree(text);
            subscribers.deliver(envelope.path("topic").asString(), envelope.path("payload").asString());
        } catch (JacksonException e) {
            log.warn("Live updates: a notification that is not a Stepwise message was ignored");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(2 * WAIT_MILLIS + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the database and the pool close, starts after them. */
    @Override
    public int getPhase() {
        return 0;
    }
}

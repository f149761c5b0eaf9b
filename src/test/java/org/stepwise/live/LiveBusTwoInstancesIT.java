package org.stepwise.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app instances on one machine, sharing one PostgreSQL server (started here, as a school's
 * would be, outside both): a message published by one reaches subscribers in both, only once the
 * transaction that published it commits.
 */
class LiveBusTwoInstancesIT {

    private static AppInstances instances;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() {
        instances = AppInstances.start(2);
        first = instances.get(0);
        second = instances.get(1);
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    void a_message_published_on_one_instance_reaches_subscribers_on_both() throws Exception {
        List<String> onFirst = new CopyOnWriteArrayList<>();
        List<String> onSecond = new CopyOnWriteArrayList<>();
        List<String> otherTopic = new CopyOnWriteArrayList<>();
        try (AutoCloseable a = first.getBean(LiveBus.class).subscribe("class:4b", onFirst::add);
             AutoCloseable b = second.getBean(LiveBus.class).subscribe("class:4b", onSecond::add);
             AutoCloseable c = second.getBean(LiveBus.class).subscribe("class:5c", otherTopic::add)) {

            first.getBean(LiveBus.class).publish(new LiveMessage("class:4b", "{\"solved\":\"count-day-by-day\"}"));

            awaitSize(onSecond, 1);
            awaitSize(onFirst, 1);
            assertThat(onSecond).containsExactly("{\"solved\":\"count-day-by-day\"}");
            assertThat(onFirst).containsExactly("{\"solved\":\"count-day-by-day\"}");
            assertThat(otherTopic).isEmpty();
        }
    }

    @Test
    void a_message_of_a_rolled_back_transaction_is_never_delivered_and_a_committed_one_is() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = second.getBean(LiveBus.class).subscribe("class:rollback", received::add)) {
            TransactionTemplate transaction = new TransactionTemplate(first.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            transaction.executeWithoutResult(status -> {
                first.getBean(LiveBus.class).publish(new LiveMessage("class:rollback", "undone"));
                status.setRollbackOnly();
            });
            transaction.executeWithoutResult(status -> first.getBean(LiveBus.class).publish(new LiveMessage("class:rollback", "done")));

            // notifications arrive in commit order: once "done" is here, the rolled-back one would have been too
            awaitSize(received, 1);
            assertThat(received).containsExactly("done");
        }
    }

    @Test
    void a_message_too_long_for_notify_is_refused_by_name() {
        assertThatThrownBy(() -> first.getBean(LiveBus.class).publish(new LiveMessage("class:big", "x".repeat(LiveBus.MAX_BYTES))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class:big").hasMessageContaining("at most 7000");
    }

    private static void awaitSize(List<String> messages, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (messages.size() < size && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(messages).as("messages received within 5 s").hasSizeGreaterThanOrEqualTo(size);
    }
}

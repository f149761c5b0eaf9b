package org.stepwise.live;

/** A listener's place on the live bus; {@link #close()} stops it (again: nothing happens). */
@FunctionalInterface
public interface LiveSubscription extends AutoCloseable {

    /** Stops listening. Never fails. */
    @Override
    void close();
}

package org.stepwise.security;

/**
 * Someone else changed the row meanwhile: nothing was changed. The view says so and keeps what
 * the user typed.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else meanwhile; nothing was changed");
    }
}

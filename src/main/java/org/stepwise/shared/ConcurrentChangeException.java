package org.stepwise.shared;

/**
 * Someone else changed a row between the moment it was read and this update, which therefore
 * changed nothing. Views tell the user so and keep what they typed; nothing is overwritten
 * silently (docs/classrooms.md, "No lost updates").
 */
public class ConcurrentChangeException extends RuntimeException {

    /** @param what what was being changed, for logs (no names or other personal data) */
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else meanwhile; nothing was saved");
    }
}

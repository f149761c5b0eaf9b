package org.stepwise.world;

/** A world's set-up in an exercise file is missing something or holds a wrong value; the message names the field. */
public final class SetupException extends IllegalArgumentException {

    public SetupException(String message) {
        super(message);
    }
}

package org.stepwise.exercise;

/** A workspace larger than any program may be; it was not saved. */
public class WorkspaceTooLargeException extends RuntimeException {

    private final int bytes;
    private final int limit;

    public WorkspaceTooLargeException(int bytes, int limit) {
        super("workspace of " + bytes + " bytes is over the limit of " + limit);
        this.bytes = bytes;
        this.limit = limit;
    }

    public int bytes() {
        return bytes;
    }

    public int limit() {
        return limit;
    }
}

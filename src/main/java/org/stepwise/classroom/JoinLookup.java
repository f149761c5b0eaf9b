package org.stepwise.classroom;

import java.time.Duration;

/** What a typed class code found. */
public sealed interface JoinLookup {

    record Found(JoinableClass joinable) implements JoinLookup {
    }

    /** No class has this code (or it cannot be a code). */
    record Unknown() implements JoinLookup {
    }

    /** Too many unknown codes from this address lately: nothing was looked up. */
    record TooManyTries(Duration retryAfter) implements JoinLookup {
    }
}

package org.stepwise.classroom;

import java.time.Duration;
import org.stepwise.security.SignedInUser;

/** How a student's sign-in went. */
public sealed interface JoinOutcome {

    /** Signed in, on a new session id. */
    record SignedIn(SignedInUser student) implements JoinOutcome {
    }

    /** The pictures or the word were not the student's. */
    record WrongSecret() implements JoinOutcome {
    }

    /** Too many wrong tries: nothing was checked; try again after the wait. */
    record TooManyTries(Duration retryAfter) implements JoinOutcome {
    }
}

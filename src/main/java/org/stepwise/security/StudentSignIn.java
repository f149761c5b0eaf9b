package org.stepwise.security;

import java.time.Duration;

/** How a student's attempt to sign in with their secret went. */
public sealed interface StudentSignIn {

    /** Signed in, on a new session id. */
    record SignedIn(SignedInUser student) implements StudentSignIn {
    }

    /** Not the student's secret (or no such student): counted against the student and the address. */
    record WrongSecret() implements StudentSignIn {
    }

    /** Too many wrong tries lately: nothing was checked. */
    record TooManyTries(Duration retryAfter) implements StudentSignIn {
    }
}

package org.stepwise.security;

import java.util.List;

/** The outcome of a sign-up: an account, or the problems to fix (nothing was stored). */
public sealed interface SignUpResult {

    record Created(Account account) implements SignUpResult {
    }

    record Rejected(List<SignUpProblem> problems) implements SignUpResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}

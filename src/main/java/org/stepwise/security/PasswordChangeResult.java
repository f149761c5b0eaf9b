package org.stepwise.security;

import java.util.List;

/** The outcome of changing one's password: changed, or the problems to fix (nothing was changed). */
public sealed interface PasswordChangeResult {

    record Changed() implements PasswordChangeResult {
    }

    /**
     * @param problems each names its field: {@code currentPassword}, {@code password} or {@code passwordAgain}
     */
    record Rejected(List<SignUpProblem> problems) implements PasswordChangeResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}

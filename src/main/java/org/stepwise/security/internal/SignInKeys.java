package org.stepwise.security.internal;

import java.util.Locale;

/**
 * The {@link org.stepwise.security.LoginThrottle} keys of the sign-in paths. Each path has its own
 * prefix, so that nothing typed at one path counts against an account of another (a user name
 * cannot contain a colon, but anybody can type one into the sign-in form).
 */
public final class SignInKeys {

    private SignInKeys() {
    }

    /** A teacher's or administrator's key: the user name as typed, without surrounding spaces, in lower case. */
    public static String teacher(String username) {
        return "teacher:" + username.strip().toLowerCase(Locale.ROOT);
    }

    /** A student's key: their account id (students have no user name). */
    public static String student(org.stepwise.security.AccountId student) {
        return "student:" + student.value();
    }
}

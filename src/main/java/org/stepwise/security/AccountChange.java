package org.stepwise.security;

/** The outcome of an administrator's change to an account. */
public sealed interface AccountChange {

    /** Done: the account as it is now. */
    record Changed(ManagedAccount account) implements AccountChange {
    }

    /**
     * The password was replaced by a temporary one, shown this once and stored only as a hash; the
     * account must choose its own at its next sign-in.
     */
    record PasswordReset(ManagedAccount account, String temporaryPassword) implements AccountChange {
        @Override
        public String toString() {
            return "PasswordReset[" + account.id() + ", temporaryPassword=***]";
        }
    }

    /** Not allowed, nothing changed; {@code messageKey} says why, in the translation bundle. */
    record Refused(String messageKey) implements AccountChange {
    }
}

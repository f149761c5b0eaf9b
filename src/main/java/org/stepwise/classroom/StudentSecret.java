package org.stepwise.classroom;

import org.stepwise.security.AccountId;

/**
 * A secret just made for a student, to print on their card. Only its hash is stored: this is the
 * one moment it can be shown.
 */
public record StudentSecret(AccountId student, String displayName, SignInKind kind, String secret) {

    @Override
    public String toString() {
        return "StudentSecret[" + student + "]"; // never the name or the secret
    }
}

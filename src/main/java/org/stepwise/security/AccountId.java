package org.stepwise.security;

import java.util.UUID;

/** Identifies an account. */
public record AccountId(UUID value) {

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.stepwise.classroom;

import org.stepwise.security.AccountId;

/** A student on a class's roster. {@code version} is the account's, for renaming without lost updates. */
public record RosterStudent(AccountId id, String displayName, long version) {
}

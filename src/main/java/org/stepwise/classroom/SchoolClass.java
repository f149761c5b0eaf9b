package org.stepwise.classroom;

import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountId;

/** A teacher's class. {@code version} changes with every edit (no lost updates). */
public record SchoolClass(ClassId id, AccountId teacher, String name, Subject subject, String grade, JoinCode joinCode,
                          SignInKind signIn, long version) {
}

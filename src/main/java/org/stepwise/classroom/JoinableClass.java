package org.stepwise.classroom;

import java.util.List;
import org.stepwise.security.AccountId;

/** What a student sees after typing their class's code: the class and the names to pick from. */
public record JoinableClass(JoinCode code, String className, SignInKind signIn, List<Name> roster) {

    public JoinableClass {
        roster = List.copyOf(roster);
    }

    /** A name on the roster. */
    public record Name(AccountId student, String displayName) {
    }
}

package org.stepwise.exercise.internal;

import java.util.Collection;
import org.stepwise.security.AccountId;

/** Account ids as one SQL parameter: {@code account_id = any(cast(:accounts as uuid[]))}. */
final class Accounts {

    private Accounts() {
    }

    static String[] array(Collection<AccountId> accounts) {
        return accounts.stream().map(a -> a.value().toString()).distinct().toArray(String[]::new);
    }
}

package org.stepwise.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed sign-ins are counted per account and per client address
 * in a sliding window of {@link #WINDOW 10 minutes}, in memory (one server).
 * <ul>
 * <li>An account is refused once the window holds {@value #ACCOUNT_LIMIT} failures: for 1 minute
 * the first time, and every further failure while the window still holds that many refuses it
 * again for twice as long as before, up to 15 minutes. An account that stays quiet for a whole
 * window after its last refusal ended starts afresh.</li>
 * <li>An address is refused while the window holds {@value #ADDRESS_LIMIT} failures from it
 * (generous: a whole class signs in from one school address), until the oldest of them is 10
 * minutes old.</li>
 * <li>A success clears the account's failures (not the address's).</li>
 * </ul>
 * A sign-in path asks {@link #refusal} <em>before</em> checking a password and checks nothing while
 * it is refused; it then reports {@link #failed} or {@link #succeeded}. Account keys are opaque:
 * a path chooses keys that cannot collide with another path's (teachers {@code teacher:<user name
 * in lower case>}, students {@code student:<account id>}). Memory is bounded: entries are dropped
 * once they no longer matter and at most {@link #DEFAULT_MAX_KEYS} accounts and as many addresses
 * are tracked (the least recently failed are forgotten first). Nothing about keys or addresses
 * is logged.
 */
@Component
public class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 50;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    public static final Duration FIRST_REFUSAL = Duration.ofMinutes(1);
    public static final Duration LONGEST_REFUSAL = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_KEYS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final int maxKeys;
    /** Access order: the eldest entry is the one least recently touched. */
    private final Map<String, AccountFailures> accounts = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, AddressFailures> addresses = new LinkedHashMap<>(16, 0.75f, true);
    private Instant lastSweep;

    /** For Spring: the application's {@link Clock} bean if there is one, otherwise the system clock. */
    @Autowired
    LoginThrottle(ObjectProvider<Clock> clock) {
        this(clock.getIfAvailable(Clock::systemUTC));
    }

    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    LoginThrottle(Clock clock, int maxKeys) {
        this.clock = clock;
        this.maxKeys = maxKeys;
        this.lastSweep = clock.instant();
    }

    /** How long the caller must wait before a password may be checked for this account from this address; empty when allowed. */
    public synchronized Optional<Duration> refusal(String accountKey, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        AccountFailures account = accounts.get(accountKey);
        if (account != null && account.refusedUntil != null && now.isBefore(account.refusedUntil)) {
            wait = Duration.between(now, account.refusedUntil);
        }
        AddressFailures from = addresses.get(address);
        if (from != null) {
            from.prune(now);
            if (from.times.size() >= ADDRESS_LIMIT) {
                Duration addressWait = Duration.between(now, from.times.peekFirst().plus(WINDOW));
                wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
            }
        }
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** Records a failed sign-in (wrong password, unknown account, disabled account…). */
    public synchronized void failed(String accountKey, String address) {
        Instant now = clock.instant();
        sweepIfDue(now);

        AccountFailures account = accounts.computeIfAbsent(accountKey, k -> new AccountFailures());
        account.prune(now);
        account.times.addLast(now);
        if (account.times.size() > ACCOUNT_LIMIT) {
            account.times.removeFirst(); // only the latest ACCOUNT_LIMIT failures matter
        }
        if (account.times.size() >= ACCOUNT_LIMIT) {
            account.refusals++;
            Duration refusal = refusalAfter(account.refusals);
            account.refusedUntil = now.plus(refusal);
            log.atInfo().addKeyValue("refusalMinutes", refusal.toMinutes())
                    .log("An account is refused sign-in for {} min after {} failures within {} min (refusal {} in a row)",
                            refusal.toMinutes(), ACCOUNT_LIMIT, WINDOW.toMinutes(), account.refusals);
        }

        AddressFailures from = addresses.computeIfAbsent(address, k -> new AddressFailures());
        from.prune(now);
        boolean wasAllowed = from.times.size() < ADDRESS_LIMIT;
        from.times.addLast(now);
        if (from.times.size() > ADDRESS_LIMIT) {
            from.times.removeFirst();
        }
        if (wasAllowed && from.times.size() == ADDRESS_LIMIT) {
            log.info("A client address is refused sign-in after {} failures within {} min", ADDRESS_LIMIT, WINDOW.toMinutes());
        }
        evictBeyondCap(accounts);
        evictBeyondCap(addresses);
    }

    /** Records a successful sign-in: the account's failures and refusals are forgotten. */
    public synchronized void succeeded(String accountKey) {
        accounts.remove(accountKey);
    }

    /** Forgets an account's failures and refusals, e.g. when it was given a new password or secret. */
    public synchronized void clear(String accountKey) {
        accounts.remove(accountKey);
    }

    /** How many accounts and addresses are tracked; for tests of the memory bound. */
    synchronized int trackedKeys() {
        return accounts.size() + addresses.size();
    }

    private static Duration refusalAfter(int refusals) {
        // 1, 2, 4, 8, then 15 minutes; the shift is capped so that it cannot overflow
        Duration refusal = FIRST_REFUSAL.multipliedBy(1L << Math.min(refusals - 1, 10));
        return refusal.compareTo(LONGEST_REFUSAL) > 0 ? LONGEST_REFUSAL : refusal;
    }

    private void sweepIfDue(Instant now) {
        if (Duration.between(lastSweep, now).compareTo(WINDOW) < 0
                && accounts.size() < maxKeys && addresses.size() < maxKeys) {
            return;
        }
        lastSweep = now;
        accounts.values().removeIf(a -> a.forgettable(now));
        addresses.values().removeIf(a -> a.forgettable(now));
    }

    private <T> void evictBeyondCap(Map<String, T> entries) {
        Iterator<T> eldestFirst = entries.values().iterator();
        while (entries.size() > maxKeys && eldestFirst.hasNext()) {
            eldestFirst.next();
            eldestFirst.remove();
        }
    }

    /** Times of recent failures, oldest first. */
    private abstract static class Failures {
        final ArrayDeque<Instant> times = new ArrayDeque<>();

        void prune(Instant now) {
            Instant start = now.minus(WINDOW);
            while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
                times.removeFirst();
            }
        }

        abstract boolean forgettable(Instant now);
    }

    private static final class AccountFailures extends Failures {
        int refusals;
        @Nullable Instant refusedUntil;

        @Override
        boolean forgettable(Instant now) {
            prune(now);
            return times.isEmpty() && (refusedUntil == null || !now.isBefore(refusedUntil.plus(WINDOW)));
        }
    }

    private static final class AddressFailures extends Failures {
        @Override
        boolean forgettable(Instant now) {
            prune(now);
            return times.isEmpty();
        }
    }
}

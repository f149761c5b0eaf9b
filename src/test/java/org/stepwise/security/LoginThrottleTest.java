package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ACCOUNT = "teacher:rivera";
    private static final String SCHOOL = "192.0.2.10";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void four_failures_leave_the_account_allowed_and_the_fifth_refuses_it_for_a_minute() {
        fail(4);
        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).isEmpty();

        fail(1);

        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(45));
        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).contains(Duration.ofSeconds(15));
    }

    @Test
    void the_refusal_concerns_the_account_from_any_address_but_not_other_accounts() {
        fail(5);

        assertThat(throttle.refusal(ACCOUNT, "198.51.100.7")).isPresent();
        assertThat(throttle.refusal("teacher:okafor", SCHOOL)).isEmpty();
    }

    @Test
    void each_further_refusal_lasts_twice_as_long_as_the_one_before_up_to_15_minutes() {
        assertThat(failUntilRefused()).isEqualTo(new Refusal(5, Duration.ofMinutes(1)));

        // right after each wait, one more failure: the window still holds 5 failures
        assertThat(waitAndFailUntilRefused()).isEqualTo(new Refusal(1, Duration.ofMinutes(2)));
        assertThat(waitAndFailUntilRefused()).isEqualTo(new Refusal(1, Duration.ofMinutes(4)));
        assertThat(waitAndFailUntilRefused()).isEqualTo(new Refusal(1, Duration.ofMinutes(8)));
        // after 8 minutes the first failures have left the window: 5 in 10 minutes are needed again
        assertThat(waitAndFailUntilRefused()).isEqualTo(new Refusal(4, Duration.ofMinutes(15)));
        assertThat(waitAndFailUntilRefused()).isEqualTo(new Refusal(5, Duration.ofMinutes(15)));
    }

    @Test
    void failures_older_than_ten_minutes_no_longer_count() {
        fail(4);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        fail(4);

        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).isEmpty();
        fail(1);
        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).isPresent();
    }

    @Test
    void the_window_slides_so_failures_spread_over_it_still_count() {
        for (int i = 0; i < 4; i++) {
            fail(1);
            clock.advance(Duration.ofMinutes(2));
        }

        fail(1); // the 5th failure within 8 minutes

        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).contains(Duration.ofMinutes(1));
    }

    @Test
    void an_account_quiet_for_a_whole_window_after_its_refusal_starts_again_at_one_minute() {
        fail(5);
        clock.advance(Duration.ofMinutes(1));
        fail(1); // second refusal: 2 minutes
        clock.advance(Duration.ofMinutes(2).plus(LoginThrottle.WINDOW));

        fail(5);

        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).contains(Duration.ofMinutes(1));
    }

    @Test
    void a_success_clears_the_account_so_the_next_failures_start_from_nothing() {
        fail(4);

        throttle.succeeded(ACCOUNT);
        fail(4);

        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).isEmpty();
    }

    @Test
    void clearing_an_account_ends_its_refusal() {
        fail(5);

        throttle.clear(ACCOUNT);

        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).isEmpty();
    }

    @Test
    void an_address_is_refused_after_50_failures_in_ten_minutes_whatever_the_accounts() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("teacher:guess" + i, SCHOOL);
            clock.advance(Duration.ofSeconds(6));
        }
        assertThat(throttle.refusal("teacher:someone-else", SCHOOL)).isEmpty();

        throttle.failed("teacher:guess49", SCHOOL); // the 50th, 294 s after the first

        assertThat(throttle.refusal("teacher:someone-else", SCHOOL)).as("until the first failure is 10 minutes old")
                .contains(Duration.ofSeconds(600 - 294));
        assertThat(throttle.refusal("teacher:someone-else", "198.51.100.7")).as("another address").isEmpty();
        clock.advance(Duration.ofSeconds(600 - 294));
        assertThat(throttle.refusal("teacher:someone-else", SCHOOL)).isEmpty();
    }

    @Test
    void a_success_does_not_clear_the_address() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("teacher:guess" + i, SCHOOL);
        }

        throttle.succeeded("teacher:guess0");

        assertThat(throttle.refusal("teacher:guess0", SCHOOL)).isPresent();
    }

    @Test
    void entries_that_no_longer_matter_are_pruned() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("teacher:t" + i, "198.51.100." + i);
        }
        assertThat(throttle.trackedKeys()).isEqualTo(200);

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.failed(ACCOUNT, SCHOOL);

        assertThat(throttle.trackedKeys()).isEqualTo(2);
    }

    @Test
    void a_refused_account_is_kept_until_a_window_after_its_refusal_ends() {
        fail(5);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1)); // its failures are old, but it was refused until minute 1
        throttle.failed("teacher:other", SCHOOL);
        assertThat(throttle.trackedKeys()).as("rivera, other and the address").isEqualTo(3);

        clock.advance(LoginThrottle.WINDOW);
        throttle.failed("teacher:other", SCHOOL);

        assertThat(throttle.trackedKeys()).as("other and the address").isEqualTo(2);
    }

    @Test
    void at_most_the_cap_of_keys_is_tracked_the_least_recently_failed_forgotten_first() {
        LoginThrottle small = new LoginThrottle(clock, 10);
        for (int i = 0; i < 5; i++) {
            small.failed(ACCOUNT, SCHOOL);
        }
        for (int i = 0; i < 30; i++) {
            small.failed("teacher:t" + i, "198.51.100." + i);
        }

        assertThat(small.trackedKeys()).isEqualTo(20);
        assertThat(small.refusal(ACCOUNT, "203.0.113.1")).as("forgotten: its last failure is the oldest").isEmpty();
        small.failed("teacher:t29", "198.51.100.29");
        assertThat(small.trackedKeys()).isEqualTo(20);
    }

    private record Refusal(int failures, Duration lasting) {
    }

    private Refusal failUntilRefused() {
        int failures = 0;
        while (throttle.refusal(ACCOUNT, SCHOOL).isEmpty()) {
            assertThat(failures).as("refused after at most 5 failures").isLessThan(5);
            fail(1);
            failures++;
        }
        return new Refusal(failures, throttle.refusal(ACCOUNT, SCHOOL).orElseThrow());
    }

    private Refusal waitAndFailUntilRefused() {
        clock.advance(throttle.refusal(ACCOUNT, SCHOOL).orElseThrow());
        assertThat(throttle.refusal(ACCOUNT, SCHOOL)).as("allowed again once the wait is over").isEmpty();
        return failUntilRefused();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(ACCOUNT, SCHOOL);
        }
    }
}

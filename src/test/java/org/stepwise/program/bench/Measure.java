package org.stepwise.program.bench;

import java.util.Arrays;

/** Repeats a task until enough time has passed and reports the median time of one run. */
final class Measure {

    private Measure() {
    }

    /** Warms up for {@code warmupMillis}, then times runs for {@code measureMillis}; returns the median in nanoseconds. */
    static double medianNanos(Runnable task, long warmupMillis, long measureMillis) {
        long end = System.nanoTime() + warmupMillis * 1_000_000;
        while (System.nanoTime() < end) {
            task.run();
        }
        long[] samples = new long[1 << 16];
        int n = 0;
        end = System.nanoTime() + measureMillis * 1_000_000;
        while ((System.nanoTime() < end || n < 5) && n < samples.length) {
            long t0 = System.nanoTime();
            task.run();
            samples[n++] = System.nanoTime() - t0;
        }
        long[] used = Arrays.copyOf(samples, n);
        Arrays.sort(used);
        return used[n / 2];
    }
}

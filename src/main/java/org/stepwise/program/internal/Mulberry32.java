package org.stepwise.program.internal;

/**
 * The small seeded random generator "mulberry32", bit for bit the same as its JavaScript form,
 * so that a run with a seed gives the same numbers here and in the Blockly reference.
 */
public final class Mulberry32 {

    private int state;

    public Mulberry32(long seed) {
        this.state = (int) seed;
    }

    /** A number in [0, 1), like Math.random. */
    public double next() {
        state += 0x6D2B79F5;
        int t = (state ^ (state >>> 15)) * (1 | state);
        t = (t + ((t ^ (t >>> 7)) * (61 | t))) ^ t;
        return ((t ^ (t >>> 14)) & 0xFFFF_FFFFL) / 4294967296.0;
    }
}

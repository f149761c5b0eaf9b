package org.stepwise.bench;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The server's live heap per student session: full collections and a class histogram of the
 * server JVM ({@code jcmd}) before and after opening N exercise pages, each in a browser context of
 * its own, left idle; the growth divided by N. The pages stay open while the heap is read (their
 * UIs are alive on the server) and are closed afterwards.
 */
final class SessionHeap {

    /** How long the pages sit idle before the heap is read. */
    private static final int IDLE_MILLIS = 3_000;

    /**
     * One measurement.
     *
     * @param heapBefore used heap after full collections ({@code GC.heap_info}), before opening the pages
     * @param before     live objects before ({@code GC.class_histogram})
     */
    record Phase(String name, int sessions, int stepsEach, String position, long heapBefore, long heapAfter, HeapHistogram before,
                 HeapHistogram after) {

        /** Live bytes per session, from the histograms' totals (every live object, exactly). */
        double bytesPerSession() {
            return (after.totalBytes() - before.totalBytes()) / (double) sessions;
        }

        /** The same from the heap's used figure after collection (includes some slack of the collector). */
        double heapBytesPerSession() {
            return (heapAfter - heapBefore) / (double) sessions;
        }
    }

    private final ProductionServer server;
    private final ExercisePages pages;

    SessionHeap(ProductionServer server, ExercisePages pages) {
        this.server = server;
        this.pages = pages;
    }

    /**
     * Opens {@code sessions} pages on the exercise, each with {@code program} restored (or the
     * exercise's start) and stepped {@code steps} times, and measures the heap they hold.
     *
     * @param heapDump where to write an HPROF heap dump while the pages are open, or null for none
     */
    Phase measure(String name, int sessions, @Nullable JsonNode program, int steps, @Nullable Path heapDump) throws IOException {
        long heapBefore = server.heapUsedAfterGc();
        HeapHistogram before = server.histogram();
        List<Page> open = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                Page page = pages.open(program);
                ExercisePages.step(page, steps);
                open.add(page);
            }
            String position = open.getFirst().locator("#position").textContent();
            open.getLast().waitForTimeout(IDLE_MILLIS);
            long heapAfter = server.heapUsedAfterGc();
            HeapHistogram after = server.histogram();
            if (heapDump != null) {
                server.heapDump(heapDump);
                System.out.println("(heap with the pages open written to " + heapDump + ")");
            }
            return new Phase(name, sessions, steps, position, heapBefore, heapAfter, before, after);
        } finally {
            open.forEach(ExercisePages::close);
        }
    }

    /** Opens this many pages with the program, steps each once, and closes them all. */
    void warmUp(int sessions, JsonNode program) {
        List<Page> open = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                Page page = pages.open(program);
                ExercisePages.step(page, 1);
                open.add(page);
            }
        } finally {
            open.forEach(ExercisePages::close);
        }
    }

    static void print(Phase phase, int classes) {
        System.out.printf(Locale.ROOT, "%n%s: %d sessions, %d steps each (position shown: \"%s\")%n", phase.name(), phase.sessions(),
                phase.stepsEach(), phase.position());
        System.out.printf(Locale.ROOT, "  live objects (class histogram): %,d -> %,d bytes = %.1f KB per session%n", phase.before().totalBytes(),
                phase.after().totalBytes(), phase.bytesPerSession() / 1024);
        System.out.printf(Locale.ROOT, "  heap used after GC.run:          %,d -> %,d bytes = %.1f KB per session%n", phase.heapBefore(),
                phase.heapAfter(), phase.heapBytesPerSession() / 1024);
        System.out.printf(Locale.ROOT, "  biggest growth per session:%n  %12s %10s  %s%n", "bytes", "objects", "class");
        for (HeapHistogram.Delta d : phase.after().since(phase.before()).stream().limit(classes).toList()) {
            System.out.printf(Locale.ROOT, "  %12.0f %10.1f  %s%n", d.bytes() / (double) phase.sessions(), d.instances() / (double) phase.sessions(),
                    d.className());
        }
    }
}

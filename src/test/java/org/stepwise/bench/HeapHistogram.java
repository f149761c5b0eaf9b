package org.stepwise.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live objects by class, as {@code jcmd <pid> GC.class_histogram} prints them.
 *
 * @param byClass    class name (module suffix removed) → instances and bytes
 * @param totalBytes the "Total" line's bytes: every live object on the heap
 */
record HeapHistogram(Map<String, Entry> byClass, long totalBytes) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    record Entry(long instances, long bytes) {
    }

    /** One class's change between two histograms. */
    record Delta(String className, long instances, long bytes) {
    }

    static HeapHistogram parse(String jcmdOutput) {
        Map<String, Entry> byClass = new HashMap<>();
        long total = -1;
        for (String line : jcmdOutput.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                byClass.merge(row.group(3), new Entry(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Entry(a.instances() + b.instances(), a.bytes() + b.bytes()));
                continue;
            }
            Matcher totals = TOTAL.matcher(line.strip());
            if (totals.find()) {
                total = Long.parseLong(totals.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("jcmd GC.class_histogram printed no Total line");
        }
        return new HeapHistogram(byClass, total);
    }

    /** What grew (or shrank) from {@code before} to this one, biggest growth first. */
    List<Delta> since(HeapHistogram before) {
        Set<String> names = new HashSet<>(byClass.keySet());
        names.addAll(before.byClass.keySet());
        List<Delta> deltas = new ArrayList<>();
        Entry none = new Entry(0, 0);
        for (String name : names) {
            Entry now = byClass.getOrDefault(name, none);
            Entry then = before.byClass.getOrDefault(name, none);
            if (now.bytes() != then.bytes()) {
                deltas.add(new Delta(name, now.instances() - then.instances(), now.bytes() - then.bytes()));
            }
        }
        deltas.sort(Comparator.comparingLong(Delta::bytes).reversed());
        return deltas;
    }
}

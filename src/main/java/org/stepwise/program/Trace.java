package org.stepwise.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a run, for stepping forward, backward and jumping to any step. One step is one
 * statement block executed. Memory stays small: a step keeps its block id, the world state only
 * by reference (states are immutable and shared while unchanged), the number of printed lines,
 * and only the variables that changed; full variable pictures are kept every
 * {@value #SNAPSHOT_EVERY} steps so that any step is rebuilt quickly.
 */
public final class Trace {

    static final int SNAPSHOT_EVERY = 128;

    /** A variable as the variables panel shows it. */
    public record Variable(String name, String value) {
    }

    /** Everything about one step. */
    public record Step(int index, String blockId, List<Variable> variables, WorldState world, int printedCount) {
    }

    private final int capacity;
    private String[] blockIds = new String[64];
    private WorldState[] worlds = new WorldState[64];
    private int[] printedCounts = new int[64];
    /** null = no variable changed; Change = some changed; Scope = the set of variables changed (call/return) */
    private Object[] variableChanges = new Object[64];
    /** Every {@link #SNAPSHOT_EVERY}th step's variables in full: names, then values. */
    private final List<String[][]> snapshots = new ArrayList<>();
    private int size;
    private boolean truncated;
    private List<String> printed = List.of();

    private record Change(int[] slots, String[] values) {
    }

    private record Scope(String[] names, String[] values) {
    }

    Trace(int capacity) {
        this.capacity = capacity;
    }

    /** Records a step; {@code names}/{@code values} are the variables in view after it. */
    void record(String blockId, WorldState world, int printedCount, String[] names, String[] values,
            String @Nullable [] previousNames, String @Nullable [] previousValues) {
        if (size >= capacity) {
            truncated = true;
            return;
        }
        if (size == blockIds.length) {
            int n = size * 2;
            blockIds = Arrays.copyOf(blockIds, n);
            worlds = Arrays.copyOf(worlds, n);
            printedCounts = Arrays.copyOf(printedCounts, n);
            variableChanges = Arrays.copyOf(variableChanges, n);
        }
        blockIds[size] = blockId;
        worlds[size] = world;
        printedCounts[size] = printedCount;
        if (previousNames == null || previousNames != names) {
            variableChanges[size] = new Scope(names, values.clone());
        } else {
            int changed = 0;
            for (int i = 0; i < values.length; i++) {
                if (!values[i].equals(previousValues[i])) {
                    changed++;
                }
            }
            if (changed == 0) {
                variableChanges[size] = null;
            } else {
                int[] slots = new int[changed];
                String[] vals = new String[changed];
                int j = 0;
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].equals(previousValues[i])) {
                        slots[j] = i;
                        vals[j++] = values[i];
                    }
                }
                variableChanges[size] = new Change(slots, vals);
            }
        }
        if (size % SNAPSHOT_EVERY == 0) {
            // one call that either adds the whole snapshot or nothing: a run stopped by a
            // StackOverflowError anywhere in here leaves the trace as it was before this step
            snapshots.add(new String[][] {names, values.clone()});
        }
        size++;
    }

    void finish(List<String> allPrinted) {
        this.printed = List.copyOf(allPrinted);
    }

    /** The number of steps kept. */
    public int size() {
        return size;
    }

    /** True when the run had more steps than a trace keeps. */
    public boolean truncated() {
        return truncated;
    }

    /** What to tell the student when the run went on past the steps a trace keeps, else null. */
    public @Nullable Message truncationNotice() {
        return truncated ? Message.program("run.trace-truncated", capacity) : null;
    }

    /** Everything printed in the run; a step shows the first {@link Step#printedCount()} lines. */
    public List<String> printed() {
        return printed;
    }

    public String blockId(int index) {
        check(index);
        return blockIds[index];
    }

    public WorldState world(int index) {
        check(index);
        return worlds[index];
    }

    /** Rebuilds step {@code index} from the nearest full picture before it. */
    public Step step(int index) {
        check(index);
        int snapshot = index / SNAPSHOT_EVERY;
        String[] names = snapshots.get(snapshot)[0];
        String[] values = snapshots.get(snapshot)[1].clone();
        for (int i = snapshot * SNAPSHOT_EVERY + 1; i <= index; i++) {
            switch (variableChanges[i]) {
                case null -> { }
                case Scope s -> {
                    names = s.names();
                    values = s.values().clone();
                }
                case Change c -> {
                    for (int j = 0; j < c.slots().length; j++) {
                        values[c.slots()[j]] = c.values()[j];
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        List<Variable> variables = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            variables.add(new Variable(names[i], values[i]));
        }
        return new Step(index, blockIds[index], List.copyOf(variables), worlds[index], printedCounts[index]);
    }

    private void check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("step " + index + " of " + size);
        }
    }
}

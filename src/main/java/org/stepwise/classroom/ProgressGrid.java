package org.stepwise.classroom;

import java.util.List;
import java.util.Optional;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.security.AccountId;

/**
 * A class's progress: one row per student on the roster (in roster order), one column per assigned
 * exercise (in the order of the assignments, a whole lesson's exercises in lesson order). Every row
 * has exactly one cell per column, in column order.
 */
public record ProgressGrid(ClassId classId, List<ExerciseColumn> columns, List<Row> rows) {

    public ProgressGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("the row of " + row.student().id() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A student and their cells, one per column. */
    public record Row(RosterStudent student, List<ProgressCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The cell of a student and an exercise; empty when either is not in the grid. */
    public Optional<ProgressCell> cell(AccountId student, ExerciseKey exercise) {
        return rows.stream().filter(r -> r.student().id().equals(student)).findFirst()
                .flatMap(r -> r.cells().stream().filter(c -> c.exercise().equals(exercise)).findFirst());
    }
}

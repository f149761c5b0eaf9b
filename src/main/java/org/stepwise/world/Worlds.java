package org.stepwise.world;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.world.answer.AnswerWorldType;
import org.stepwise.world.building.BuildingWorldType;
import org.stepwise.world.calendar.CalendarWorldType;
import org.stepwise.world.pattern.PatternWorldType;
import org.stepwise.world.sorting.SortingWorldType;

/**
 * The world types by id, the way exercise files name them. World types hold no run state, so one
 * registry serves every run at once.
 */
public final class Worlds {

    private final Map<String, WorldType> byId;

    private Worlds(List<WorldType> types) {
        Map<String, WorldType> map = new LinkedHashMap<>();
        for (WorldType type : types) {
            if (map.put(type.id(), type) != null) {
                throw new IllegalArgumentException("two world types with the id " + type.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** Calendar, building, pattern, sorting and answer. */
    public static Worlds standard() {
        return Standard.WORLDS;
    }

    /** A registry of other world types (for tests, or a world in the making). */
    public static Worlds of(WorldType... types) {
        return new Worlds(List.of(types));
    }

    public Optional<WorldType> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** In a fixed order: the order they were given in. */
    public Collection<WorldType> all() {
        return byId.values();
    }

    /** Made on first use: reading the block definitions is done once. */
    private static final class Standard {
        static final Worlds WORLDS = new Worlds(List.of(new CalendarWorldType(), new BuildingWorldType(), new PatternWorldType(),
                new SortingWorldType(), new AnswerWorldType()));
    }
}

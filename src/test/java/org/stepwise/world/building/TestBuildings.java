package org.stepwise.world.building;

/** Buildings for tests: one general program must find the room in all of them, a fixed route only in the first. */
public final class TestBuildings {

    private TestBuildings() {
    }

    /** Up a side corridor, then left at the second sign. The fixed route in BuildingWorldTypeTest is written for this one. */
    public static final String FIRST = """
            {"map": ["#########",
                     "#...A2..#",
                     "#####.###",
                     "#S...1.B#",
                     "#########"],
             "start": {"facing": "east"},
             "target": 214,
             "rooms": {"A": 214, "B": 105},
             "signs": {"1": {"200-299": "north", "100-199": "east"},
                       "2": {"210-219": "west", "220-229": "east"}}}
            """;

    /** Start at the east end facing west; the sign sends you right (north), the next one right again (east). */
    public static final String SECOND = """
            {"map": ["###########",
                     "#C...2...D#",
                     "#####.#####",
                     "#####.#####",
                     "#E...1...S#",
                     "###########"],
             "start": {"facing": "west"},
             "target": 312,
             "rooms": {"C": 118, "D": 312, "E": 150},
             "signs": {"1": [{"from": 100, "to": 129, "points": "north"},
                             {"from": 300, "to": 399, "points": "north"},
                             {"from": 150, "to": 159, "points": "west"}],
                       "2": {"100-199": "west", "300-399": "east"}}}
            """;

    /** No signs: a corridor walked the wrong way first, to its dead end, past another door. */
    public static final String THIRD = """
            {"map": ["##########",
                     "#F..S...G#",
                     "##########"],
             "start": {"facing": "west"},
             "target": 402,
             "rooms": {"F": 401, "G": 402}}
            """;

    /** A corner without a sign, then a sign at the bottom; no frame of walls, the start given by row and col. */
    public static final String FOURTH = """
            {"map": ["......",
                     "     .",
                     "     .",
                     "H....1I"],
             "start": {"row": 0, "col": 0, "facing": "east"},
             "target": 505,
             "rooms": {"H": 505, "I": 512},
             "signs": {"1": {"500-509": "west", "510-519": "east"}}}
            """;
}

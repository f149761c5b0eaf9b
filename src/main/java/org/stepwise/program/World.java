package org.stepwise.program;

/**
 * The micro-world a program acts on (a week wheel, a building, a row of cards…), as the
 * interpreter sees it. A world keeps its current state as an immutable {@link WorldState} and
 * replaces it when an action changes something, so that a trace can keep states by reference.
 */
public interface World {

    /**
     * Runs one of the world's statement blocks.
     *
     * @throws WorldException when the action cannot be done (a wall ahead, no card there…)
     */
    void perform(WorldCall call);

    /** Evaluates one of the world's value blocks (a sensor such as "path ahead?"). */
    Value sense(WorldCall call);

    /** The current state; the same object as long as nothing changed. */
    WorldState state();

    /**
     * Values the program's variables hold when it starts (the "answer" world's inputs), by
     * variable name. A program variable of the same name (ignoring case) starts with that value.
     */
    default java.util.Map<String, Value> initialVariables() {
        return java.util.Map.of();
    }

    /** A world with nothing in it, for programs that only compute and print. */
    World NONE = new World() {
        private final WorldState empty = new WorldState() {
            @Override
            public Message describe() {
                return Message.program("world.none");
            }

            @Override
            public java.util.Map<String, Object> toJson() {
                return java.util.Map.of();
            }
        };

        @Override
        public void perform(WorldCall call) {
            throw new WorldException(Message.program("parse.unknown-block", call.type()), false);
        }

        @Override
        public Value sense(WorldCall call) {
            throw new WorldException(Message.program("parse.unknown-block", call.type()), false);
        }

        @Override
        public WorldState state() {
            return empty;
        }
    };
}

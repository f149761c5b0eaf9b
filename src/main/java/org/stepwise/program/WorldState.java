package org.stepwise.program;

import java.util.Map;

/** An immutable picture of a world at one moment. */
public interface WorldState {

    /** The state in plain words, for screen readers and the step log. */
    Message describe();

    /** The state as JSON-ready maps, lists, strings, numbers and booleans, for drawing it. */
    Map<String, Object> toJson();
}

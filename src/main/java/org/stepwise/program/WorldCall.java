package org.stepwise.program;

import java.util.Map;

/** One use of a world block: its type, its field settings and its evaluated inputs. */
public record WorldCall(String blockId, String type, Map<String, String> fields, Map<String, Value> inputs) {
}

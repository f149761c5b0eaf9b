package org.stepwise.program;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parser needs to know about a block that is not one of Blockly's standard blocks (a
 * world's block): whether it is a statement or a value, its fields and their allowed values, and
 * its value inputs. Read from the same Blockly JSON definitions the browser uses.
 *
 * @param fields field name → allowed values (empty set: any number or text)
 * @param inputs names of the value inputs, in order
 */
public record BlockShape(String type, boolean statement, Map<String, Set<String>> fields, List<String> inputs) {

    public BlockShape {
        fields = Map.copyOf(fields);
        inputs = List.copyOf(inputs);
    }
}

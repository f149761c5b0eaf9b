package org.stepwise.world.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepwise.world.SetupReader;
import org.stepwise.world.WorldMessages;
import tools.jackson.databind.JsonNode;

/**
 * An answer case: the inputs the program's variables start with.
 *
 * @param inputs in the order the set-up lists them
 */
record AnswerSetup(List<Input> inputs) {

    static final int MAX_INPUTS = 20;
    static final String EXAMPLE = "{\"inputs\": {\"celsius\": 100}}";

    /** One input: a variable of that name (ignoring case) starts with the value. */
    record Input(String name, Datum value) {
    }

    AnswerSetup {
        inputs = List.copyOf(inputs);
    }

    static AnswerSetup read(JsonNode setup) {
        JsonNode s = SetupReader.object(setup, "setup", EXAMPLE, "inputs");
        JsonNode node = SetupReader.optional(s, "inputs");
        if (node == null) {
            return new AnswerSetup(List.of());
        }
        SetupReader.anyObject(node, "setup.inputs", "{\"celsius\": 100, \"name\": \"Ana\"}");
        if (node.size() > MAX_INPUTS) {
            throw SetupReader.problem("setup.inputs", "answer.setup.too-many-inputs", node.size(), MAX_INPUTS);
        }
        List<Input> inputs = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (var entry : node.properties()) {
            String name = entry.getKey();
            String path = "setup.inputs." + name;
            if (name.isBlank() || !name.equals(name.strip())) {
                throw SetupReader.problem(path, "answer.setup.bad-name", name);
            }
            String earlier = seen.put(name.toLowerCase(Locale.ROOT), name);
            if (earlier != null) {
                throw SetupReader.problem(path, "answer.setup.same-name", name, earlier);
            }
            inputs.add(new Input(name, Datum.read(entry.getValue(), path)));
        }
        return new AnswerSetup(inputs);
    }

    /** "celsius = 100 and name = "Ana"", for messages. */
    Object inWords() {
        return WorldMessages.listInWords(inputs.stream().map(i -> WorldMessages.of("answer.input", i.name(), i.value().inMessage())).toList());
    }
}

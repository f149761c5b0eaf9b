package org.stepwise.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.program.RunOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an exercise from JSON:
 * <pre>{@code
 * {
 *   "id": "days-from-tuesday",
 *   "world": "calendar",
 *   "toolbox": ["calendar_next_day", "calendar_answer", "controls_repeat_ext", "math_modulo"],
 *   "blockLimit": 6,
 *   "stepBudget": 100000,
 *   "cases": [
 *     {"name": "From Tuesday, 100 days", "visible": true, "setup": {"startDay": "Tuesday", "days": 100}},
 *     {"name": "Every start day", "visible": false,
 *      "generate": {"startDay": ["Monday", "Tuesday"], "days": {"from": 0, "to": 100, "step": 1}},
 *      "setup": {}, "expect": {}}
 *   ],
 *   "solution": { ...a Blockly workspace... }
 * }
 * }</pre>
 * A generated case stands for every combination of its parameters (a list of values, or a
 * from/to/step range of numbers), each put into the set-up under the parameter's name.
 * Problems are reported as {@link ExerciseException}s that name the path of the bad value.
 */
public final class ExerciseReader {

    public static final int MAX_CASES = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExerciseReader() {
    }

    public static Exercise read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ExerciseException("The exercise is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        return read(root);
    }

    public static Exercise read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ExerciseException("The exercise must be a JSON object");
        }
        String id = requireText(root, "id", "id");
        String world = requireText(root, "world", "world");
        Set<String> toolbox = new LinkedHashSet<>();
        JsonNode tools = root.path("toolbox");
        if (!tools.isMissingNode()) {
            if (!tools.isArray()) {
                throw new ExerciseException("toolbox: must be a list of block types");
            }
            for (int i = 0; i < tools.size(); i++) {
                if (!tools.get(i).isString() || tools.get(i).asString().isBlank()) {
                    throw new ExerciseException("toolbox[" + i + "]: must be a block type such as \"controls_repeat_ext\"");
                }
                toolbox.add(tools.get(i).asString());
            }
        }
        Integer blockLimit = null;
        if (root.has("blockLimit")) {
            if (!root.get("blockLimit").isInt() || root.get("blockLimit").asInt() < 1) {
                throw new ExerciseException("blockLimit: must be a whole number of at least 1");
            }
            blockLimit = root.get("blockLimit").asInt();
        }
        long budget = RunOptions.DEFAULT_STEP_BUDGET;
        if (root.has("stepBudget")) {
            if (!root.get("stepBudget").canConvertToLong() || root.get("stepBudget").asLong() < 1) {
                throw new ExerciseException("stepBudget: must be a whole number of at least 1");
            }
            budget = root.get("stepBudget").asLong();
        }
        JsonNode casesNode = root.path("cases");
        if (!casesNode.isArray() || casesNode.isEmpty()) {
            throw new ExerciseException("cases: an exercise needs a list of at least one case");
        }
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < casesNode.size(); i++) {
            expand(casesNode.get(i), "cases[" + i + "]", cases);
            if (cases.size() > MAX_CASES) {
                throw new ExerciseException("cases: more than " + MAX_CASES + " cases after generating; use smaller ranges");
            }
        }
        String solution = null;
        if (root.has("solution")) {
            if (!root.get("solution").isObject()) {
                throw new ExerciseException("solution: must be a Blockly workspace (a JSON object)");
            }
            solution = JSON.writeValueAsString(root.get("solution"));
        }
        return new Exercise(id, world, toolbox, blockLimit, budget, cases, solution);
    }

    private static void expand(JsonNode node, String path, List<TestCase> out) {
        if (!node.isObject()) {
            throw new ExerciseException(path + ": a case must be a JSON object");
        }
        String name = node.path("name").asString("").strip();
        if (name.isEmpty()) {
            throw new ExerciseException(path + ".name: every case needs a name");
        }
        boolean visible = node.path("visible").asBoolean(true);
        JsonNode setup = node.path("setup").isMissingNode() ? JsonNodeFactory.instance.objectNode() : node.get("setup");
        if (!setup.isObject()) {
            throw new ExerciseException(path + ".setup: must be a JSON object");
        }
        JsonNode expect = node.path("expect").isMissingNode() ? JsonNodeFactory.instance.objectNode() : node.get("expect");
        JsonNode generate = node.path("generate");
        if (generate.isMissingNode()) {
            out.add(new TestCase(name, visible, setup, expect));
            return;
        }
        if (!generate.isObject() || generate.isEmpty()) {
            throw new ExerciseException(path + ".generate: must name at least one parameter");
        }
        Map<String, List<JsonNode>> parameters = new LinkedHashMap<>();
        for (String parameter : generate.propertyNames()) {
            parameters.put(parameter, values(generate.get(parameter), path + ".generate." + parameter));
        }
        List<Map<String, JsonNode>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (var entry : parameters.entrySet()) {
            List<Map<String, JsonNode>> next = new ArrayList<>();
            for (Map<String, JsonNode> partial : combinations) {
                for (JsonNode value : entry.getValue()) {
                    Map<String, JsonNode> combination = new LinkedHashMap<>(partial);
                    combination.put(entry.getKey(), value);
                    next.add(combination);
                    if (next.size() > MAX_CASES) {
                        throw new ExerciseException(path + ".generate: more than " + MAX_CASES + " combinations; use smaller ranges");
                    }
                }
            }
            combinations = next;
        }
        for (Map<String, JsonNode> combination : combinations) {
            ObjectNode caseSetup = ((ObjectNode) setup).deepCopy();
            StringBuilder label = new StringBuilder();
            combination.forEach((k, v) -> {
                caseSetup.set(k, v);
                label.append(label.isEmpty() ? "" : ", ").append(k).append(" = ").append(v.isString() ? v.asString() : v.toString());
            });
            out.add(new TestCase(name + " (" + label + ")", visible, caseSetup, expect));
        }
    }

    private static List<JsonNode> values(JsonNode spec, String path) {
        if (spec.isArray()) {
            if (spec.isEmpty()) {
                throw new ExerciseException(path + ": the list of values is empty");
            }
            List<JsonNode> values = new ArrayList<>();
            spec.forEach(values::add);
            return values;
        }
        if (spec.isObject() && spec.has("from") && spec.has("to")) {
            if (!spec.get("from").isNumber() || !spec.get("to").isNumber()) {
                throw new ExerciseException(path + ": \"from\" and \"to\" must be numbers");
            }
            double from = spec.get("from").asDouble();
            double to = spec.get("to").asDouble();
            double step = spec.path("step").asDouble(1);
            if (step <= 0) {
                throw new ExerciseException(path + ".step: must be greater than 0");
            }
            if ((to - from) / step > MAX_CASES) {
                throw new ExerciseException(path + ": the range has more than " + MAX_CASES + " values");
            }
            List<JsonNode> values = new ArrayList<>();
            for (double v = from; v <= to + 1e-9; v += step) {
                values.add(v == Math.rint(v) ? JsonNodeFactory.instance.numberNode((long) v) : JsonNodeFactory.instance.numberNode(v));
            }
            if (values.isEmpty()) {
                throw new ExerciseException(path + ": \"from\" is greater than \"to\"");
            }
            return values;
        }
        throw new ExerciseException(path + ": give a list of values, or {\"from\": …, \"to\": …, \"step\": …}");
    }

    private static String requireText(JsonNode root, String field, String path) {
        JsonNode value = root.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new ExerciseException(path + ": missing (every exercise needs \"" + field + "\")");
        }
        return value.asString();
    }
}

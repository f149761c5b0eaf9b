package org.stepwise.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Blockly workspaces (the format {@code Blockly.serialization.workspaces.save} produces) for
 * tests: {@code block("controls_repeat_ext", "TIMES", number(3), "DO", block("calendar_next_day"))}.
 */
public final class BlocklyJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger IDS = new AtomicInteger();

    private BlocklyJson() {
    }

    /** The set-up or expectation JSON of a case, written with single quotes for readability. */
    public static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /**
     * A block. Arguments come in pairs: a name in capitals with a block (a map) is an input (value
     * or statement), with a text or number it is a field; {@code "id"} sets the block's id.
     */
    public static Map<String, Object> block(String type, Object... pairs) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", type);
        block.put("id", type + "-" + IDS.incrementAndGet());
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Object value = pairs[i + 1];
            if (name.equals("id")) {
                block.put("id", value);
            } else if (name.equals("extraState")) {
                block.put("extraState", value);
            } else if (value instanceof Map<?, ?> child) {
                inputs.put(name, Map.of("block", child));
            } else {
                fields.put(name, value);
            }
        }
        if (!fields.isEmpty()) {
            block.put("fields", fields);
        }
        if (!inputs.isEmpty()) {
            block.put("inputs", inputs);
        }
        return block;
    }

    /** Statements one under the other; returns the first. */
    @SafeVarargs
    public static Map<String, Object> stack(Map<String, Object>... statements) {
        for (int i = 0; i < statements.length - 1; i++) {
            statements[i].put("next", Map.of("block", statements[i + 1]));
        }
        return statements[0];
    }

    public static Map<String, Object> number(double n) {
        return block("math_number", "NUM", n);
    }

    public static Map<String, Object> text(String t) {
        return block("text", "TEXT", t);
    }

    public static Map<String, Object> getVariable(String name) {
        Map<String, Object> b = block("variables_get");
        b.put("fields", Map.of("VAR", Map.of("id", name)));
        return b;
    }

    public static Map<String, Object> setVariable(String name, Map<String, Object> value) {
        Map<String, Object> b = block("variables_set", "VALUE", value);
        b.put("fields", Map.of("VAR", Map.of("id", name)));
        return b;
    }

    public static Map<String, Object> print(Map<String, Object> value) {
        return block("text_print", "TEXT", value);
    }

    @SafeVarargs
    public static Map<String, Object> repeat(Map<String, Object> times, Map<String, Object>... body) {
        return block("controls_repeat_ext", "TIMES", times, "DO", stack(body));
    }

    @SafeVarargs
    public static Map<String, Object> whileLoop(Map<String, Object> condition, Map<String, Object>... body) {
        return block("controls_whileUntil", "MODE", "WHILE", "BOOL", condition, "DO", stack(body));
    }

    @SafeVarargs
    public static Map<String, Object> until(Map<String, Object> condition, Map<String, Object>... body) {
        return block("controls_whileUntil", "MODE", "UNTIL", "BOOL", condition, "DO", stack(body));
    }

    /** if … then …, optionally with "else": {@code ifThen(cond, List.of(then…), List.of(else…))}. */
    public static Map<String, Object> ifThenElse(Map<String, Object> condition, List<Map<String, Object>> then,
            List<Map<String, Object>> otherwise) {
        Map<String, Object> b = block("controls_if", "IF0", condition, "DO0", stackOf(then));
        if (!otherwise.isEmpty()) {
            b.put("extraState", Map.of("hasElse", true));
            @SuppressWarnings("unchecked")
            Map<String, Object> inputs = (Map<String, Object>) b.get("inputs");
            inputs.put("ELSE", Map.of("block", stackOf(otherwise)));
        }
        return b;
    }

    @SafeVarargs
    public static Map<String, Object> ifThen(Map<String, Object> condition, Map<String, Object>... then) {
        return ifThenElse(condition, List.of(then), List.of());
    }

    public static Map<String, Object> not(Map<String, Object> condition) {
        return block("logic_negate", "BOOL", condition);
    }

    public static Map<String, Object> arithmetic(String op, Map<String, Object> a, Map<String, Object> b) {
        return block("math_arithmetic", "OP", op, "A", a, "B", b);
    }

    public static Map<String, Object> modulo(Map<String, Object> dividend, Map<String, Object> divisor) {
        return block("math_modulo", "DIVIDEND", dividend, "DIVISOR", divisor);
    }

    public static Map<String, Object> compare(String op, Map<String, Object> a, Map<String, Object> b) {
        return block("logic_compare", "OP", op, "A", a, "B", b);
    }

    /** A workspace with these stacks, top to bottom; variables used by variables_get/set are declared. */
    @SafeVarargs
    public static String workspace(Map<String, Object>... tops) {
        List<Object> blocks = new ArrayList<>();
        Set<String> variables = new LinkedHashSet<>();
        int y = 0;
        for (Map<String, Object> top : tops) {
            Map<String, Object> placed = new LinkedHashMap<>(top);
            placed.put("x", 0);
            placed.put("y", y);
            y += 200;
            blocks.add(placed);
            collectVariables(top, variables);
        }
        List<Object> declared = variables.stream().<Object>map(v -> Map.of("id", v, "name", v)).toList();
        return JSON.writeValueAsString(Map.of("blocks", Map.of("languageVersion", 0, "blocks", blocks), "variables", declared));
    }

    private static Map<String, Object> stackOf(List<Map<String, Object>> statements) {
        @SuppressWarnings("unchecked")
        Map<String, Object>[] array = statements.toArray(new Map[0]);
        return stack(array);
    }

    private static void collectVariables(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            Object fields = map.get("fields");
            if (fields instanceof Map<?, ?> f && f.get("VAR") instanceof Map<?, ?> var && var.get("id") instanceof String id) {
                into.add(id);
            }
            map.values().forEach(v -> collectVariables(v, into));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectVariables(v, into));
        }
    }
}

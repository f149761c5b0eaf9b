package org.stepwise.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A small builder for Blockly workspace JSON in tests. */
final class Blocks {

    private static final JsonMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamWriteConstraints(tools.jackson.core.StreamWriteConstraints.builder().maxNestingDepth(10_000).build())
            .build()).build();
    private static int ids;

    private Blocks() {
    }

    /** A block: type, then alternating keys and values; keys in capitals are fields (Strings/numbers) or inputs (maps). */
    static Map<String, Object> block(String type, Object... kv) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", type);
        b.put("id", type + "#" + (++ids));
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            String key = (String) kv[i];
            Object value = kv[i + 1];
            switch (key) {
                case "id" -> b.put("id", value);
                case "next" -> b.put("next", Map.of("block", value));
                case "extraState" -> b.put("extraState", value);
                case "enabled" -> b.put("enabled", value);
                default -> {
                    if (value instanceof Map<?, ?> child) {
                        inputs.put(key, Map.of("block", child));
                    } else if (value instanceof Var v) {
                        fields.put(key, Map.of("id", v.name()));
                    } else {
                        fields.put(key, value);
                    }
                }
            }
        }
        if (!fields.isEmpty()) {
            b.put("fields", fields);
        }
        if (!inputs.isEmpty()) {
            b.put("inputs", inputs);
        }
        return b;
    }

    record Var(String name) {
    }

    static Var var(String name) {
        return new Var(name);
    }

    /** Chains statements with "next". */
    @SafeVarargs
    static Map<String, Object> seq(Map<String, Object>... statements) {
        for (int i = statements.length - 2; i >= 0; i--) {
            statements[i].put("next", Map.of("block", statements[i + 1]));
        }
        return statements[0];
    }

    static Map<String, Object> num(double n) {
        return block("math_number", "NUM", n);
    }

    static Map<String, Object> text(String t) {
        return block("text", "TEXT", t);
    }

    static Map<String, Object> get(String var) {
        return block("variables_get", "VAR", var(var));
    }

    static Map<String, Object> set(String var, Map<String, Object> value) {
        return block("variables_set", "VAR", var(var), "VALUE", value);
    }

    static Map<String, Object> print(Map<String, Object> value) {
        return block("text_print", "TEXT", value);
    }

    /** A workspace with the given top blocks (placed top to bottom) and variables. */
    @SafeVarargs
    static String workspace(List<String> variables, Map<String, Object>... tops) {
        List<Object> blocks = new ArrayList<>();
        int y = 0;
        for (Map<String, Object> top : tops) {
            top.put("x", 10);
            top.put("y", y);
            y += 100;
            blocks.add(top);
        }
        List<Object> vars = variables.stream().<Object>map(v -> Map.of("name", v, "id", v)).toList();
        return JSON.writeValueAsString(Map.of("blocks", Map.of("languageVersion", 0, "blocks", blocks), "variables", vars));
    }
}

package org.stepwise.program;

import static org.stepwise.program.Blocks.block;
import static org.stepwise.program.Blocks.var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random workspaces from the grammar of the standard blocks: every block, any nesting, any mix of
 * types, empty inputs, endless loops and endless recursion included. For property tests.
 */
final class RandomPrograms {

    private static final String[] VARS = {"a", "b", "list", "n"};
    private final Random random;
    private int budget;

    RandomPrograms(long seed) {
        this.random = new Random(seed);
    }

    String workspace() {
        budget = 40 + random.nextInt(80);
        List<Map<String, Object>> tops = new ArrayList<>();
        boolean withProcedure = random.nextBoolean();
        if (withProcedure) {
            Map<String, Object> def = block(random.nextBoolean() ? "procedures_defreturn" : "procedures_defnoreturn",
                    "NAME", "work", "extraState", Map.of("params", List.of(Map.of("name", "x", "id", "x"))),
                    "STACK", stack(2, true));
            if ("procedures_defreturn".equals(def.get("type"))) {
                def.put("inputs", new java.util.LinkedHashMap<>((Map<String, Object>) def.get("inputs")));
                ((Map<String, Object>) def.get("inputs")).put("RETURN", Map.of("block", expr(2)));
            }
            tops.add(def);
        }
        tops.add(stack(3, false));
        if (random.nextInt(4) == 0) {
            tops.add(expr(2)); // a loose value block
        }
        List<String> vars = new ArrayList<>(List.of(VARS));
        vars.add("x");
        @SuppressWarnings("unchecked")
        Map<String, Object>[] array = tops.toArray(new Map[0]);
        return Blocks.workspace(vars, array);
    }

    private Map<String, Object> stack(int depth, boolean inProcedure) {
        int length = 1 + random.nextInt(3);
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < length && budget > 0; i++) {
            statements.add(statement(depth, inProcedure, false));
        }
        if (statements.isEmpty()) {
            statements.add(block("text_print", "TEXT", Blocks.text("end")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object>[] array = statements.toArray(new Map[0]);
        return Blocks.seq(array);
    }

    private Map<String, Object> statement(int depth, boolean inProcedure, boolean inLoop) {
        budget--;
        int choice = random.nextInt(depth <= 0 ? 5 : 14);
        String v = VARS[random.nextInt(VARS.length)];
        return switch (choice) {
            case 0 -> block("variables_set", "VAR", var(v), "VALUE", expr(depth - 1));
            case 1 -> block("text_print", "TEXT", expr(depth - 1));
            case 2 -> block("math_change", "VAR", var(v), "DELTA", expr(depth - 1));
            case 3 -> block("lists_setIndex", "MODE", pick("SET", "INSERT"), "WHERE", pick("FROM_START", "FROM_END", "FIRST", "LAST", "RANDOM"),
                    "LIST", expr(depth - 1), "AT", expr(depth - 1), "TO", expr(depth - 1));
            case 4 -> block("procedures_callnoreturn", "extraState", Map.of("name", "work", "params", List.of("x")), "ARG0", expr(depth - 1));
            case 5 -> block("controls_if", "extraState", Map.of("elseIfCount", 1, "hasElse", true), "IF0", expr(depth - 1),
                    "DO0", stack(depth - 1, inProcedure), "IF1", expr(depth - 1), "DO1", stack(depth - 1, inProcedure),
                    "ELSE", stack(depth - 1, inProcedure));
            case 6 -> block("controls_repeat_ext", "TIMES", random.nextBoolean() ? Blocks.num(random.nextInt(6)) : expr(depth - 1),
                    "DO", stack(depth - 1, inProcedure));
            case 7 -> block("controls_whileUntil", "MODE", pick("WHILE", "UNTIL"), "BOOL", expr(depth - 1), "DO", stack(depth - 1, inProcedure));
            case 8 -> block("controls_for", "VAR", var(v), "FROM", expr(depth - 1), "TO", expr(depth - 1), "BY", expr(depth - 1),
                    "DO", stack(depth - 1, inProcedure));
            case 9 -> block("controls_forEach", "VAR", var(v), "LIST", expr(depth - 1), "DO", stack(depth - 1, inProcedure));
            case 10 -> block("controls_repeat", "TIMES", random.nextInt(5), "DO", stack(depth - 1, inProcedure));
            case 11 -> block("lists_getIndex", "MODE", "REMOVE", "WHERE", pick("FROM_START", "FROM_END", "FIRST", "LAST", "RANDOM"),
                    "extraState", Map.of("isStatement", true), "VALUE", expr(depth - 1), "AT", expr(depth - 1));
            case 12 -> inProcedure
                    ? block("procedures_ifreturn", "CONDITION", expr(depth - 1), "VALUE", expr(depth - 1))
                    : block("text_print", "TEXT", expr(depth - 1));
            default -> block("controls_whileUntil", "MODE", "WHILE", "BOOL", expr(depth - 1),
                    "DO", Blocks.seq(statement(depth - 1, inProcedure, true),
                            block("controls_flow_statements", "FLOW", pick("BREAK", "CONTINUE"))));
        };
    }

    private Map<String, Object> expr(int depth) {
        budget--;
        int choice = random.nextInt(depth <= 0 || budget <= 0 ? 6 : 22);
        return switch (choice) {
            case 0 -> Blocks.num(pickNumber());
            case 1 -> Blocks.text(pick("", "a", "1", "hello", " 2 ", "0x10"));
            case 2 -> block("logic_boolean", "BOOL", pick("TRUE", "FALSE"));
            case 3, 4 -> Blocks.get(VARS[random.nextInt(VARS.length)]);
            case 5 -> block("lists_create_empty");
            case 6 -> block("math_arithmetic", "OP", pick("ADD", "MINUS", "MULTIPLY", "DIVIDE", "POWER"), "A", expr(depth - 1), "B", expr(depth - 1));
            case 7 -> block("math_single", "OP", pick("ROOT", "ABS", "NEG", "LN", "LOG10", "EXP", "POW10"), "NUM", expr(depth - 1));
            case 8 -> block("math_round", "OP", pick("ROUND", "ROUNDUP", "ROUNDDOWN"), "NUM", expr(depth - 1));
            case 9 -> block("math_modulo", "DIVIDEND", expr(depth - 1), "DIVISOR", expr(depth - 1));
            case 10 -> block("math_number_property", "PROPERTY", pick("EVEN", "ODD", "PRIME", "WHOLE", "POSITIVE", "NEGATIVE", "DIVISIBLE_BY"),
                    "NUMBER_TO_CHECK", expr(depth - 1), "DIVISOR", expr(depth - 1));
            case 11 -> block("logic_compare", "OP", pick("EQ", "NEQ", "LT", "LTE", "GT", "GTE"), "A", expr(depth - 1), "B", expr(depth - 1));
            case 12 -> block("logic_operation", "OP", pick("AND", "OR"), "A", expr(depth - 1), "B", expr(depth - 1));
            case 13 -> block("logic_negate", "BOOL", expr(depth - 1));
            case 14 -> block("logic_ternary", "IF", expr(depth - 1), "THEN", expr(depth - 1), "ELSE", expr(depth - 1));
            case 15 -> block("text_join", "extraState", Map.of("itemCount", 3), "ADD0", expr(depth - 1), "ADD2", expr(depth - 1));
            case 16 -> block(pick("text_length", "lists_length"), "VALUE", expr(depth - 1));
            case 17 -> block("math_random_int", "FROM", expr(depth - 1), "TO", expr(depth - 1));
            case 18 -> block("lists_create_with", "extraState", Map.of("itemCount", 3), "ADD0", expr(depth - 1), "ADD1", expr(depth - 1));
            case 19 -> block("lists_getIndex", "MODE", pick("GET", "GET_REMOVE"), "WHERE", pick("FROM_START", "FROM_END", "FIRST", "LAST", "RANDOM"),
                    "VALUE", expr(depth - 1), "AT", expr(depth - 1));
            case 20 -> block("procedures_callreturn", "extraState", Map.of("name", "work", "params", List.of("x")), "ARG0", expr(depth - 1));
            default -> Blocks.num(random.nextInt(10));
        };
    }

    private double pickNumber() {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -random.nextInt(5);
            case 2 -> random.nextDouble() * 10;
            case 3 -> 1e21;
            default -> random.nextInt(10);
        };
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}

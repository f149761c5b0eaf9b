package org.stepwise.predict;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.JsSemantics;
import org.stepwise.world.BlockTexts;
import tools.jackson.databind.JsonNode;

/**
 * One workspace's blocks, read once, labelled in any language (see {@link BlockLabels}). Immutable.
 */
public final class WorkspaceLabels {

    /** The label of a part that is left out to keep a label short. */
    static final String ELLIPSIS = "…";
    /** No label is longer than this unless even the one with every inner block "…" is. */
    static final int HARD_LENGTH = 60;
    /** How deep inner blocks are described at most: deeper ones are always "…". */
    private static final int MAX_DETAIL = 6;
    private static final Set<String> OPERATORS = Set.of("math_arithmetic", "math_modulo", "logic_compare", "logic_operation");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+)");
    /** Looks a language up in its own file, then in the base (English) file, never in the JVM's default language. */
    private static final ResourceBundle.Control BASE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final BlockLabels labels;
    private final Map<String, JsonNode> blocks;
    private final Map<String, String> variableNames;
    private final Map<String, StatementPlaces.Place> statements;

    WorkspaceLabels(BlockLabels labels, JsonNode root) {
        this.labels = labels;
        Map<String, String> names = new HashMap<>();
        for (JsonNode v : root.path("variables")) {
            names.put(v.path("id").asString(""), v.path("name").asString(""));
        }
        this.variableNames = Map.copyOf(names);
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (JsonNode top : root.path("blocks").path("blocks")) {
            collect(top, found, 0);
        }
        this.blocks = Collections.unmodifiableMap(found);
        this.statements = StatementPlaces.of(root);
    }

    /** The blocks that can be a step, in workspace order, and where each sits. */
    Map<String, StatementPlaces.Place> statements() {
        return statements;
    }

    private static void collect(JsonNode block, Map<String, JsonNode> found, int depth) {
        // iterative along "next" chains, recursive into inputs (bounded like the parser's nesting limit)
        for (JsonNode b = block; b != null && b.isObject() && depth < 1_000; b = b.path("next").path("block").isObject() ? b.path("next").path("block") : null) {
            String id = b.path("id").asString("");
            if (!id.isEmpty()) {
                found.putIfAbsent(id, b);
            }
            for (JsonNode connection : b.path("inputs")) {
                JsonNode child = inputBlock(connection);
                if (child != null) {
                    collect(child, found, depth + 1);
                }
            }
        }
    }

    /** Every block id of the workspace, top to bottom as saved (shadow blocks included). */
    public Set<String> blockIds() {
        return blocks.keySet();
    }

    public boolean contains(String blockId) {
        return blocks.containsKey(blockId);
    }

    /** The type of a block ({@code building_move_forward}, {@code controls_if}…). */
    public Optional<String> type(String blockId) {
        JsonNode block = blocks.get(blockId);
        return block == null ? Optional.empty() : Optional.of(block.path("type").asString(""));
    }

    /** The variable a block sets (set, change, count with, for each), if it is such a block. */
    Optional<String> variableSetBy(String blockId) {
        JsonNode block = blocks.get(blockId);
        if (block == null) {
            return Optional.empty();
        }
        return switch (block.path("type").asString("")) {
            case "variables_set", "math_change", "controls_for", "controls_forEach" ->
                    Optional.of(new Writer(BlockTexts.LANGUAGES.getFirst()).variable(block.path("fields").path("VAR"))).filter(n -> !n.isEmpty());
            default -> Optional.empty();
        };
    }

    /**
     * What the block does, in the locale's language (English when there are no labels in it), in
     * about {@value BlockLabels#MAX_LENGTH} characters: inner blocks are shortened to "…" when that
     * saves enough to be worth what it hides, and always when the label would pass
     * {@value #HARD_LENGTH} characters.
     *
     * @throws IllegalArgumentException when the workspace has no block with this id
     */
    public String label(String blockId, Locale locale) {
        List<String> byDetail = renderings(blockId, locale);
        int full = byDetail.getFirst().length();
        String best = byDetail.getLast();
        int bestCost = Integer.MAX_VALUE;
        for (String candidate : byDetail) {
            if (candidate.length() > HARD_LENGTH) {
                continue;
            }
            // a character past the limit costs one and a half times what a hidden character costs
            int cost = 3 * Math.max(0, candidate.length() - BlockLabels.MAX_LENGTH) + 2 * (full - candidate.length());
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }

    /** What the block does with every inner block described, however long that is. */
    String fullLabel(String blockId, Locale locale) {
        return renderings(blockId, locale).getFirst();
    }

    /** The block described with less and less detail, from everything to all inputs "…". */
    private List<String> renderings(String blockId, Locale locale) {
        JsonNode block = blocks.get(blockId);
        if (block == null) {
            throw new IllegalArgumentException("The workspace has no block with the id \"" + blockId + "\"");
        }
        Writer writer = new Writer(BlockTexts.languageFor(locale));
        List<String> byDetail = new ArrayList<>();
        for (int detail = MAX_DETAIL; detail >= 0; detail--) {
            String text = writer.describe(block, detail);
            if (!byDetail.contains(text)) {
                byDetail.add(text);
            }
        }
        return byDetail;
    }

    private static @Nullable JsonNode inputBlock(JsonNode connection) {
        JsonNode block = connection.path("block");
        if (block.isObject()) {
            return block;
        }
        JsonNode shadow = connection.path("shadow");
        return shadow.isObject() ? shadow : null;
    }

    /** Describes blocks in one language. */
    private final class Writer {
        private final BlockTexts texts;
        private final ResourceBundle bundle;

        Writer(String language) {
            this.texts = labels.texts(language);
            this.bundle = ResourceBundle.getBundle(BlockLabels.BUNDLE, Locale.of(language), BASE_FALLBACK);
        }

        /**
         * The block's words with its fields filled in and its value inputs described with one
         * level of detail less; at detail 0 every input is "…".
         */
        String describe(JsonNode block, int detail) {
            String type = block.path("type").asString("");
            JsonNode definition = labels.worldDefinition(type);
            String text = definition != null ? world(block, definition, detail) : standard(block, type, detail);
            return text.replaceAll("\\s+", " ").strip();
        }

        private String world(JsonNode block, JsonNode definition, int detail) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; definition.has("message" + i); i++) {
                String message;
                try {
                    message = texts.resolve(definition.path("message" + i).asString(""));
                } catch (IllegalArgumentException e) {
                    return block.path("type").asString("");
                }
                JsonNode args = definition.path("args" + i);
                Matcher m = PLACEHOLDER.matcher(message);
                StringBuilder line = new StringBuilder();
                while (m.find()) {
                    int index = Integer.parseInt(m.group(1)) - 1;
                    String argument = index >= 0 && index < args.size() ? argument(block, args.get(index), detail) : "";
                    m.appendReplacement(line, Matcher.quoteReplacement(argument));
                }
                m.appendTail(line);
                out.append(out.isEmpty() ? "" : " ").append(line);
            }
            return out.toString();
        }

        private String argument(JsonNode block, JsonNode arg, int detail) {
            String name = arg.path("name").asString("");
            JsonNode field = block.path("fields").path(name);
            return switch (arg.path("type").asString("")) {
                case "field_dropdown" -> {
                    String value = field.asString("");
                    for (JsonNode option : arg.path("options")) {
                        if (value.equals(option.path(1).asString(null))) {
                            JsonNode shown = option.path(0);
                            String text = shown.isString() ? shown.asString() : shown.path("alt").asString(value);
                            try {
                                yield texts.resolve(text);
                            } catch (IllegalArgumentException e) {
                                yield value;
                            }
                        }
                    }
                    yield value;
                }
                case "field_number" -> number(field);
                case "field_input" -> field.asString("");
                case "field_label", "field_label_serializable" -> {
                    try {
                        yield texts.resolve(arg.path("text").asString(""));
                    } catch (IllegalArgumentException e) {
                        yield "";
                    }
                }
                case "input_value" -> input(block, name, detail);
                default -> "";
            };
        }

        /** A value input: its block described with less detail, "…" at no detail, "?" when empty. */
        private String input(JsonNode block, String name, int detail) {
            JsonNode child = inputBlock(block.path("inputs").path(name));
            if (child == null) {
                return text("empty");
            }
            if (detail <= 0) {
                return ELLIPSIS;
            }
            String described = describe(child, detail - 1);
            // "remainder of (hour + 8) ÷ 24": an operation inside an operation gets brackets
            return OPERATORS.contains(block.path("type").asString("")) && OPERATORS.contains(child.path("type").asString(""))
                    ? "(" + described + ")" : described;
        }

        private String standard(JsonNode block, String type, int detail) {
            JsonNode fields = block.path("fields");
            return switch (type) {
                case "controls_repeat_ext" -> text(type, input(block, "TIMES", detail));
                case "controls_repeat" -> text("controls_repeat_ext", number(fields.path("TIMES")));
                case "controls_whileUntil" -> text(type + "." + fields.path("MODE").asString("WHILE"), input(block, "BOOL", detail));
                case "controls_if" -> text(type, input(block, "IF0", detail));
                case "controls_for" -> text(type, variable(fields.path("VAR")), input(block, "FROM", detail), input(block, "TO", detail));
                case "controls_forEach" -> text(type, variable(fields.path("VAR")), input(block, "LIST", detail));
                case "controls_flow_statements" -> text(type + "." + fields.path("FLOW").asString(""));
                case "variables_set" -> text(type, variable(fields.path("VAR")), input(block, "VALUE", detail));
                case "math_change" -> text(type, variable(fields.path("VAR")), input(block, "DELTA", detail));
                case "variables_get" -> variable(fields.path("VAR"));
                case "text_print" -> text(type, input(block, "TEXT", detail));
                case "procedures_callnoreturn" -> text(type, procedureName(block));
                case "procedures_callreturn" -> procedureName(block);
                case "procedures_defnoreturn", "procedures_defreturn" -> text("procedures_defnoreturn", fields.path("NAME").asString(""));
                case "procedures_ifreturn" -> text(type, input(block, "CONDITION", detail));
                case "lists_setIndex" -> text(type + "." + fields.path("MODE").asString("SET"), input(block, "LIST", detail));
                case "lists_getIndex" -> "REMOVE".equals(fields.path("MODE").asString(""))
                        ? text(type + ".REMOVE", input(block, "VALUE", detail))
                        : text(type, input(block, "VALUE", detail));
                case "math_number" -> number(fields.path("NUM"));
                case "text" -> text("text.quoted", fields.path("TEXT").asString(""));
                case "logic_boolean" -> text(type + "." + fields.path("BOOL").asString("TRUE"));
                case "logic_null", "lists_create_empty" -> text(type);
                case "math_arithmetic", "logic_compare", "logic_operation" ->
                        text(type + "." + fields.path("OP").asString(""), input(block, "A", detail), input(block, "B", detail));
                case "math_single", "math_round" -> text(type + "." + fields.path("OP").asString(""), input(block, "NUM", detail));
                case "math_modulo" -> text(type, input(block, "DIVIDEND", detail), input(block, "DIVISOR", detail));
                case "math_number_property" -> text(type + "." + fields.path("PROPERTY").asString(""),
                        input(block, "NUMBER_TO_CHECK", detail), input(block, "DIVISOR", detail));
                case "math_random_int" -> text(type, input(block, "FROM", detail), input(block, "TO", detail));
                case "logic_negate" -> text(type, input(block, "BOOL", detail));
                case "logic_ternary" -> text(type, input(block, "IF", detail), input(block, "THEN", detail), input(block, "ELSE", detail));
                case "text_length", "lists_length" -> text(type, input(block, "VALUE", detail));
                case "text_join", "lists_create_with" -> text(type, items(block, detail));
                default -> type;
            };
        }

        /** The items of a join or list block, comma separated; "…" when there are more than two. */
        private String items(JsonNode block, int detail) {
            List<String> items = new ArrayList<>();
            for (int i = 0; block.path("inputs").has("ADD" + i) || i < block.path("extraState").path("itemCount").asInt(0); i++) {
                if (items.size() == 2) {
                    items.add(ELLIPSIS);
                    break;
                }
                items.add(input(block, "ADD" + i, detail));
            }
            return String.join(", ", items);
        }

        private String variable(JsonNode field) {
            if (field.isObject()) {
                String byId = variableNames.get(field.path("id").asString(""));
                return byId != null && !byId.isEmpty() ? byId : field.path("name").asString(field.path("id").asString(""));
            }
            String id = field.asString("");
            return variableNames.getOrDefault(id, id);
        }

        private static String procedureName(JsonNode block) {
            String name = block.path("extraState").path("name").asString("");
            return name.isEmpty() ? block.path("fields").path("NAME").asString("") : name;
        }

        private static String number(JsonNode field) {
            if (field.isNumber()) {
                return JsSemantics.numberToString(field.asDouble());
            }
            String raw = field.asString("").strip();
            try {
                return JsSemantics.numberToString(Double.parseDouble(raw));
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        /** A text of this module's bundle, its placeholders filled; the key itself when it is missing. */
        private String text(String key, Object... args) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key.replaceFirst("\\..*$", "");
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
        }
    }
}

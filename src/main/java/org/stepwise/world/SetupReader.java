package org.stepwise.world;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Message;
import tools.jackson.databind.JsonNode;

/**
 * Reads a case's set-up JSON and reports what is wrong with it the way a teacher needs it: the
 * field's path ({@code setup.startDay}, {@code setup.map[3]}) and what is wrong with its value.
 */
public final class SetupReader {

    private SetupReader() {
    }

    /** A problem at {@code path}: "setup.days: must be a whole number from 0 to 100,000, not -3". */
    public static SetupException problem(String path, String key, Object... args) {
        return new SetupException(WorldMessages.of("field.at", path, WorldMessages.of(key, args)));
    }

    /** The value as it appears in the file, for messages: {@code "Funday"}, {@code -3}, {@code [1, 2]}. */
    public static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /**
     * The set-up (or a part of it) as an object holding only the given fields.
     *
     * @param example how a right value looks, for the message when it is not an object
     */
    public static JsonNode object(@Nullable JsonNode node, String path, String example, String... known) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw problem(path, "field.missing-object", example);
        }
        if (!node.isObject()) {
            throw problem(path, "field.not-object", example, shown(node));
        }
        List<String> allowed = Arrays.asList(known);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw problem(path + "." + name, "field.unknown-field", String.join(", ", known));
            }
        }
        return node;
    }

    /** An object whose field names are the teacher's own (door letters, input names). */
    public static JsonNode anyObject(JsonNode node, String path, String example) {
        if (!node.isObject()) {
            throw problem(path, "field.not-object", example, shown(node));
        }
        return node;
    }

    /** A field that must be there. */
    public static JsonNode required(JsonNode object, String path, String field) {
        JsonNode value = object.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw problem(path + "." + field, "field.missing");
        }
        return value;
    }

    /** A field that may be left out: null when it is. */
    public static @Nullable JsonNode optional(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    public static String text(JsonNode node, String path) {
        if (!node.isString()) {
            throw problem(path, "field.not-text", shown(node));
        }
        return node.asString();
    }

    /** A whole number from {@code min} to {@code max}; 12.0 counts as whole, 12.5 and "12" do not. */
    public static long wholeNumber(JsonNode node, String path, long min, long max) {
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()
                || node.asLong() < min || node.asLong() > max) {
            throw problem(path, "field.not-whole-number", min, max, shown(node));
        }
        return node.asLong();
    }

    public static JsonNode list(JsonNode node, String path, int minItems, int maxItems) {
        if (!node.isArray()) {
            throw problem(path, "field.not-list", shown(node));
        }
        if (node.size() < minItems || node.size() > maxItems) {
            throw problem(path, "field.list-size", minItems, maxItems, node.size());
        }
        return node;
    }

    /** A word from a fixed set, ignoring case and surrounding spaces. */
    public static <E extends Enum<E>> E choice(JsonNode node, String path, Class<E> options, Message problem) {
        if (node.isString()) {
            String word = node.asString().strip();
            for (E option : options.getEnumConstants()) {
                if (option.name().equalsIgnoreCase(word)) {
                    return option;
                }
            }
        }
        throw new SetupException(WorldMessages.of("field.at", path, problem));
    }
}

package org.stepwise.predict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The blocks of a workspace that can be a step, and where each sits: the block whose statement input
 * holds it (a loop, an "if"), the blocks of the same stack, and the first block inside each of its
 * own statement inputs. Read from the workspace JSON the way the parser reads it: top-level stacks,
 * "next" chains and statement inputs ({@code DO}, {@code DOn}, {@code ELSE}, a procedure's
 * {@code STACK}); disabled blocks and everything inside them do not run and are left out; procedure
 * definitions themselves are no step.
 */
final class StatementPlaces {

    /** Where a statement block sits. */
    record Place(@Nullable String parent, List<String> siblings, List<String> firstInside) {
    }

    private static final Pattern STATEMENT_INPUT = Pattern.compile("DO\\d*|ELSE|STACK");
    private static final int MAX_DEPTH = 1_000;

    private final Map<String, Place> places = new LinkedHashMap<>();

    private StatementPlaces() {
    }

    static Map<String, Place> of(JsonNode root) {
        StatementPlaces read = new StatementPlaces();
        for (JsonNode top : root.path("blocks").path("blocks")) {
            read.stack(top, null, 0);
        }
        return Collections.unmodifiableMap(read.places);
    }

    private void stack(JsonNode first, @Nullable String parent, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        List<JsonNode> chain = new ArrayList<>();
        for (JsonNode b = first; b.isObject(); b = b.path("next").path("block")) {
            if (enabled(b) && !b.path("id").asString("").isEmpty()) {
                chain.add(b);
            }
        }
        List<String> siblings = new ArrayList<>();
        for (JsonNode b : chain) {
            if (!isProcedureDefinition(b)) {
                siblings.add(b.path("id").asString());
            }
        }
        for (JsonNode b : chain) {
            String id = b.path("id").asString();
            List<JsonNode> inside = new ArrayList<>();
            for (var input : b.path("inputs").properties()) {
                JsonNode child = input.getValue().path("block");
                if (STATEMENT_INPUT.matcher(input.getKey()).matches() && child.isObject()) {
                    inside.add(child);
                }
            }
            boolean definition = isProcedureDefinition(b);
            if (!definition) {
                places.putIfAbsent(id, new Place(parent, List.copyOf(siblings),
                        inside.stream().map(c -> c.path("id").asString("")).filter(c -> !c.isEmpty()).toList()));
            }
            for (JsonNode child : inside) {
                stack(child, definition ? null : id, depth + 1);
            }
        }
    }

    private static boolean enabled(JsonNode b) {
        if (b.has("enabled") && !b.path("enabled").asBoolean(true)) {
            return false;
        }
        JsonNode reasons = b.path("disabledReasons");
        return !(reasons.isArray() && !reasons.isEmpty());
    }

    private static boolean isProcedureDefinition(JsonNode b) {
        String type = b.path("type").asString("");
        return type.equals("procedures_defnoreturn") || type.equals("procedures_defreturn");
    }
}

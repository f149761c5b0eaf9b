package org.stepwise.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The world blocks a parser accepts, read from Blockly JSON block definitions. */
public final class BlockShapes {

    public static final BlockShapes NONE = new BlockShapes(Map.of());

    private final Map<String, BlockShape> shapes;

    private BlockShapes(Map<String, BlockShape> shapes) {
        this.shapes = Map.copyOf(shapes);
    }

    public static BlockShapes of(List<BlockShape> shapes) {
        Map<String, BlockShape> map = new LinkedHashMap<>();
        shapes.forEach(s -> map.put(s.type(), s));
        return new BlockShapes(map);
    }

    /**
     * Reads a JSON array of Blockly block definitions ({@code type}, {@code message0},
     * {@code args0}, {@code previousStatement}/{@code output}, …).
     *
     * @throws IllegalArgumentException naming the definition that cannot be read
     */
    public static BlockShapes fromDefinitions(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Block definitions are not valid JSON: " + e.getOriginalMessage());
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("Block definitions must be a JSON array of block definitions");
        }
        List<BlockShape> shapes = new ArrayList<>();
        for (JsonNode def : root) {
            String type = def.path("type").asString("");
            if (type.isEmpty()) {
                throw new IllegalArgumentException("A block definition has no \"type\": " + def);
            }
            boolean statement = def.has("previousStatement") || def.has("nextStatement");
            if (statement == def.has("output")) {
                throw new IllegalArgumentException("Block definition \"" + type + "\" must have either previousStatement/nextStatement or output");
            }
            Map<String, Set<String>> fields = new LinkedHashMap<>();
            List<String> inputs = new ArrayList<>();
            for (int i = 0; def.has("args" + i); i++) {
                for (JsonNode arg : def.get("args" + i)) {
                    String name = arg.path("name").asString("");
                    switch (arg.path("type").asString("")) {
                        case "field_dropdown" -> {
                            Set<String> allowed = new LinkedHashSet<>();
                            for (JsonNode option : arg.path("options")) {
                                allowed.add(option.get(1).asString());
                            }
                            fields.put(name, allowed);
                        }
                        case "field_number", "field_input" -> fields.put(name, Set.of());
                        case "input_value" -> inputs.add(name);
                        case "input_statement" -> throw new IllegalArgumentException(
                                "Block definition \"" + type + "\": world blocks cannot hold statements");
                        default -> {
                            // labels, images and dummy inputs carry nothing the program needs
                        }
                    }
                }
            }
            shapes.add(new BlockShape(type, statement, fields, inputs));
        }
        return of(shapes);
    }

    public Optional<BlockShape> get(String type) {
        return Optional.ofNullable(shapes.get(type));
    }

    public Set<String> types() {
        return shapes.keySet();
    }

    /** These shapes plus others (a world's blocks plus another's). */
    public BlockShapes with(BlockShapes more) {
        Map<String, BlockShape> map = new LinkedHashMap<>(shapes);
        map.putAll(more.shapes);
        return new BlockShapes(map);
    }
}

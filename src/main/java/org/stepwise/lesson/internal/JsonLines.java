package org.stepwise.lesson.internal;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value of a JSON text starts: a path such as {@code hints[1].en} or
 * {@code cases[0].setup.days} mapped to its line, so that problems can name a line.
 */
public final class JsonLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A path at the start of a message: {@code cases[2].setup: …} or {@code toolbox[0]: …}. */
    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+]|\\.[A-Za-z_][A-Za-z0-9_]*)*)[ :]");

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<StringValue> strings = new ArrayList<>();

    private record StringValue(String path, String value, int line) {
    }

    private JsonLines() {
    }

    /** Indexes as much of the text as is valid JSON; never fails. */
    public static JsonLines of(String json) {
        JsonLines index = new JsonLines();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                Frame top = stack.peek();
                switch (token) {
                    case PROPERTY_NAME -> {
                        if (top != null) {
                            top.name = parser.currentName();
                            index.lines.putIfAbsent(top.childPath(), line);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> stack.pop();
                    default -> {
                        if (top != null && top.array) {
                            top.index++;
                        }
                        String path = top == null ? "" : top.childPath();
                        index.lines.putIfAbsent(path, line);
                        if (token == JsonToken.VALUE_STRING) {
                            index.strings.add(new StringValue(path, parser.getString(), line));
                        }
                        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                            stack.push(new Frame(path, token == JsonToken.START_ARRAY));
                        }
                    }
                }
            }
        } catch (JacksonException e) {
            // keep what was read before the error
        }
        return index;
    }

    /** The line of the value at the path, or of its nearest ancestor that has one; 0 when none does. */
    public int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = parent(p);
        }
    }

    /** The line of the path that starts a message such as {@code "cases[2].setup: must be…"}; 0 when it starts with none. */
    public int lineOfMessage(String message) {
        String path = leadingPath(message);
        return path == null ? 0 : line(path);
    }

    /** The path at the start of a message, or null. */
    public static @Nullable String leadingPath(String message) {
        Matcher m = LEADING_PATH.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The line of a block in a workspace: of the {@code "id"} whose value is the block id, somewhere
     * under {@code under} (such as {@code solution}); 0 when not found.
     */
    public int lineOfBlock(String under, @Nullable String blockId) {
        return blockId == null ? line(under) : lineOfValue(under, "id", blockId);
    }

    /**
     * The line of the first {@code key} whose value is the given text, somewhere under {@code under}
     * (such as the first {@code "type": "text_print"} in the solution); the line of {@code under} when none is.
     */
    public int lineOfValue(String under, String key, String value) {
        for (StringValue s : strings) {
            if (s.path().startsWith(under + ".") && s.path().endsWith("." + key) && s.value().equals(value)) {
                return s.line();
            }
        }
        return line(under);
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index = -1;
        @Nullable String name;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String childPath() {
            if (array) {
                return path + "[" + index + "]";
            }
            return path.isEmpty() ? String.valueOf(name) : path + "." + name;
        }
    }
}

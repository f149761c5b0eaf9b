package org.stepwise.lesson.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.ExerciseException;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.TestCase;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LocalizedText;
import org.stepwise.program.Program;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.world.WorldType;
import org.stepwise.world.Worlds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads one {@code <id>.exercise.json} of a lesson, reporting every problem with its line. */
public final class ExerciseFileParser {

    public static final String SUFFIX = ".exercise.json";
    public static final int MIN_HINTS = 2;

    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KEYS = Set.of("id", "world", "title", "instructions", "toolbox", "startBlocks", "blockLimit",
            "stepBudget", "hints", "cases", "solution");
    private static final Set<String> CASE_KEYS = Set.of("name", "visible", "setup", "generate", "expect");

    private final Worlds worlds;

    public ExerciseFileParser(Worlds worlds) {
        this.worlds = worlds;
    }

    /** The exercise, or null when the file has problems (all of them reported). */
    public @Nullable LessonExercise read(String id, String json, Problems.In problems) {
        int before = problems.count();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(line, "This is not valid JSON: " + jsonProblem(e.getOriginalMessage()));
            return null;
        }
        JsonLines lines = JsonLines.of(json);
        if (root == null || !root.isObject()) {
            problems.add(1, "An exercise file holds one JSON object: { \"id\": …, \"world\": …, … }.");
            return null;
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add(lines.line(key), "\"" + key + "\" is not a key of an exercise. The keys are " + String.join(", ", new TreeSet<>(KEYS)) + ".");
            }
        }
        JsonNode idNode = root.path("id");
        if (idNode.isString() && !idNode.asString().equals(id)) {
            problems.add(lines.line("id"), "The id \"" + idNode.asString() + "\" must be the file name without " + SUFFIX + ": \"" + id + "\".");
        }
        LocalizedText title = localizedKey(root, "title", lines, problems);
        LocalizedText instructions = localizedKey(root, "instructions", lines, problems);
        List<LocalizedText> hints = hints(root, lines, problems);
        JsonNode cases = root.path("cases");
        if (cases.isArray()) {
            for (int i = 0; i < cases.size(); i++) {
                if (cases.get(i).isObject()) {
                    for (String key : cases.get(i).propertyNames()) {
                        if (!CASE_KEYS.contains(key)) {
                            String path = "cases[" + i + "]." + key;
                            problems.add(lines.line(path), path + ": \"" + key + "\" is not a key of a case. The keys are "
                                    + String.join(", ", new TreeSet<>(CASE_KEYS)) + ".");
                        }
                    }
                }
            }
        }
        Exercise exercise;
        try {
            exercise = ExerciseReader.read(root);
        } catch (ExerciseException e) {
            problems.add(lines.lineOfMessage(e.getMessage()), e.getMessage());
            return null;
        }
        WorldType world = worlds.get(exercise.world()).orElse(null);
        if (world == null) {
            problems.add(lines.line("world"), "\"" + exercise.world() + "\" is not a world. The worlds are "
                    + String.join(", ", worlds.all().stream().map(WorldType::id).toList()) + ".");
            return null;
        }
        ProgramParser parser = new ProgramParser(world.blocks());
        Set<String> known = new LinkedHashSet<>(ProgramParser.standardBlockTypes());
        known.addAll(world.blocks().types());
        List<String> toolbox = toolbox(root.path("toolbox"), world, known, lines, problems);
        checkSetups(exercise, world, root.path("cases"), lines, problems);
        String startBlocks = null;
        JsonNode start = root.path("startBlocks");
        if (!start.isMissingNode() && !start.isNull()) {
            if (!start.isObject()) {
                problems.add(lines.line("startBlocks"), "startBlocks: must be a Blockly workspace (a JSON object), or left out for an empty one.");
            } else {
                startBlocks = JSON.writeValueAsString(start);
                checkWorkspace("startBlocks", startBlocks, parser, toolbox, lines, problems);
            }
        }
        if (exercise.solution() != null) {
            checkWorkspace("solution", exercise.solution(), parser, toolbox, lines, problems);
        }
        if (problems.count() > before || title == null || instructions == null || hints == null) {
            return null;
        }
        return new LessonExercise(exercise.id(), title, instructions, toolbox, startBlocks, exercise.blockLimit(),
                exercise.stepBudget(), hints, exercise);
    }

    /** Jackson's message in a teacher's words where we know them, with Jackson's own text otherwise. */
    static String jsonProblem(String original) {
        String message = original.replaceAll("\\s*\\(for [A-Za-z]+ starting at .*$", "");
        if (message.contains("was expecting comma to separate")) {
            return "a comma is missing between two entries, on this line or at the end of the line before.";
        }
        if (message.contains("Unexpected end-of-input")) {
            return "the file ends too early; a closing } or ] is missing.";
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "a name must be in double quotes, or there is a comma too many before a }.";
        }
        if (message.contains("Unexpected character (']'") || message.contains("Unexpected character ('}'")) {
            return "there is a comma too many before a ] or }, or a value is missing.";
        }
        return message + ". Check for a missing comma, quote or bracket near this line.";
    }

    private static @Nullable LocalizedText localizedKey(JsonNode root, String key, JsonLines lines, Problems.In problems) {
        JsonNode node = root.path(key);
        if (node.isMissingNode()) {
            problems.add(0, key + ": missing; every exercise needs a " + key + ", by language: {\"en\": \"…\", \"es\": \"…\"}.");
            return null;
        }
        return localized(node, key, lines, problems);
    }

    static @Nullable LocalizedText localized(JsonNode node, String path, JsonLines lines, Problems.In problems) {
        if (!node.isObject()) {
            problems.add(lines.line(path), path + ": must be a text by language, such as {\"en\": \"…\", \"es\": \"…\"}.");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (String language : node.propertyNames()) {
            JsonNode text = node.get(language);
            String at = path + "." + language;
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(lines.line(at), at + ": \"" + language + "\" is not a language code such as \"en\", \"es\" or \"pt-BR\".");
                ok = false;
            } else if (!text.isString() || text.asString().isBlank()) {
                problems.add(lines.line(at), at + ": must be a text that is not empty.");
                ok = false;
            } else {
                texts.put(language, text.asString().strip());
            }
        }
        if (!node.has(LocalizedText.ENGLISH)) {
            problems.add(lines.line(path), path + ": the English text (\"en\") is missing; it is shown when no translation fits.");
            return null;
        }
        return ok ? new LocalizedText(texts) : null;
    }

    private static @Nullable List<LocalizedText> hints(JsonNode root, JsonLines lines, Problems.In problems) {
        JsonNode node = root.path("hints");
        if (!node.isArray() || node.size() < MIN_HINTS) {
            problems.add(lines.line("hints"), "hints: an exercise needs a list of at least " + MIN_HINTS
                    + " hints, from a nudge to nearly the answer.");
            return null;
        }
        List<LocalizedText> hints = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            LocalizedText hint = localized(node.get(i), "hints[" + i + "]", lines, problems);
            if (hint == null) {
                return null;
            }
            hints.add(hint);
        }
        return hints;
    }

    private static List<String> toolbox(JsonNode node, WorldType world, Set<String> known, JsonLines lines, Problems.In problems) {
        List<String> toolbox = new ArrayList<>();
        if (node.isMissingNode() || node.isEmpty()) {
            problems.add(lines.line("toolbox"), "toolbox: list the block types students may use, such as [\"controls_repeat_ext\", …].");
            return toolbox;
        }
        for (int i = 0; i < node.size(); i++) {
            String type = node.get(i).asString();
            String path = "toolbox[" + i + "]";
            if (!known.contains(type)) {
                problems.add(lines.line(path), path + ": \"" + type + "\" is not a block of the " + world.id() + " world"
                        + " or a standard block. The " + world.id() + " world's blocks are "
                        + String.join(", ", new TreeSet<>(world.blocks().types())) + ".");
            } else if (toolbox.contains(type)) {
                problems.add(lines.line(path), path + ": \"" + type + "\" is in the toolbox twice.");
            } else {
                toolbox.add(type);
            }
        }
        return toolbox;
    }

    /** Every case's set-up must make a world; a generated case is reported once, for its first bad combination. */
    private static void checkSetups(Exercise exercise, WorldType world, JsonNode rawCases, JsonLines lines, Problems.In problems) {
        Set<Integer> reported = new HashSet<>();
        for (TestCase testCase : exercise.cases()) {
            int raw = rawCaseIndex(rawCases, testCase.name());
            if (reported.contains(raw)) {
                continue;
            }
            try {
                world.create(testCase.setup());
            } catch (IllegalArgumentException e) {
                reported.add(raw);
                String path = raw < 0 ? "cases" : "cases[" + raw + "]";
                problems.add(lines.line(path + ".setup") == 0 ? lines.line(path) : lines.line(path + ".setup"),
                        path + " \"" + testCase.name() + "\": " + e.getMessage());
            }
        }
    }

    /**
     * The index of the case in the file that a case comes from: the one whose name it has, or
     * whose name it starts with followed by the generated values; -1 when none.
     */
    public static int rawCaseIndex(JsonNode rawCases, String caseName) {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < rawCases.size(); i++) {
            String name = rawCases.get(i).path("name").asString("").strip();
            boolean match = caseName.equals(name) || caseName.startsWith(name + " (");
            if (match && name.length() > bestLength) {
                best = i;
                bestLength = name.length();
            }
        }
        return best;
    }

    private static void checkWorkspace(String key, String workspace, ProgramParser parser, List<String> toolbox,
            JsonLines lines, Problems.In problems) {
        Program program;
        try {
            program = parser.parse(workspace);
        } catch (ProgramException e) {
            problems.add(lines.lineOfBlock(key, e.blockId()), key + (e.blockId() == null ? "" : ", block \"" + e.blockId() + "\"") + ": "
                    + e.problem().render(Locale.ENGLISH));
            return;
        }
        for (String type : new TreeSet<>(program.blockTypes())) {
            if (!toolbox.contains(type)) {
                problems.add(lines.lineOfValue(key, "type", type), key + ": uses the block \"" + type + "\", which is not in the toolbox, so students could"
                        + " not " + (key.equals("solution") ? "build this solution" : "run their program") + ". Add it to the toolbox"
                        + " or leave it out of the " + key + ".");
            }
        }
    }
}

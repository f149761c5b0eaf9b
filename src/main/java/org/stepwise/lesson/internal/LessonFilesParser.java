package org.stepwise.lesson.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.stepwise.lesson.AgeRange;
import org.stepwise.lesson.CurriculumLink;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.LessonReadResult;
import org.stepwise.lesson.LocalizedText;
import org.stepwise.lesson.Pillar;
import org.stepwise.lesson.ReflectQuestion;
import org.stepwise.lesson.Section;
import org.stepwise.lesson.SectionText;
import org.stepwise.lesson.Subject;
import org.stepwise.world.Worlds;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a lesson's files into a {@link Lesson}, or reports every problem with its file and line. */
public final class LessonFilesParser {

    public static final String LESSON_FILE = "lesson.md";
    public static final int MAX_FILE_CHARS = 500_000;
    public static final int MAX_DURATION_MINUTES = 600;
    private static final Pattern TRANSLATION = Pattern.compile("lesson\\.([^.]+)\\.md");
    private static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> KEYS = List.of("id", "title", "summary", "ages", "duration", "subjects", "pillars",
            "curriculum", "exercises");
    private static final List<String> TRANSLATION_KEYS = List.of("title", "summary");
    private static final Set<String> CURRICULUM_KEYS = Set.of("code", "source", "text");

    private final ExerciseFileParser exercises;

    public LessonFilesParser(Worlds worlds) {
        this.exercises = new ExerciseFileParser(worlds);
    }

    public LessonReadResult read(String folder, int version, Map<String, String> files) {
        Problems problems = new Problems();
        if (!LessonId.isValid(folder)) {
            problems.add("", 0, "The folder name \"" + folder + "\" cannot be a lesson id: use lowercase letters, digits and"
                    + " hyphens, such as 100-days-from-tuesday.");
        }
        Map<String, String> translations = new TreeMap<>();
        Map<String, String> exerciseFiles = new TreeMap<>();
        for (var file : new TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            if (file.getValue().length() > MAX_FILE_CHARS) {
                problems.add(name, 0, "This file is too large for a lesson (more than " + MAX_FILE_CHARS + " characters).");
                continue;
            }
            Matcher translation = TRANSLATION.matcher(name);
            if (name.equals(LESSON_FILE)) {
                continue;
            } else if (translation.matches()) {
                String language = translation.group(1);
                if (language.equals(LocalizedText.ENGLISH)) {
                    problems.add(name, 0, "English is written in lesson.md; remove lesson.en.md or merge it into lesson.md.");
                } else if (!ExerciseFileParser.LANGUAGE.matcher(language).matches()) {
                    problems.add(name, 0, "\"" + language + "\" is not a language code; a translation is named lesson.<code>.md,"
                            + " such as lesson.es.md or lesson.pt-BR.md.");
                } else {
                    translations.put(language, file.getValue());
                }
            } else if (name.endsWith(ExerciseFileParser.SUFFIX)) {
                exerciseFiles.put(name.substring(0, name.length() - ExerciseFileParser.SUFFIX.length()), file.getValue());
            } else {
                problems.add(name, 0, "This file is not part of a lesson. A lesson folder holds lesson.md, its translations"
                        + " lesson.<language>.md and one <exercise id>" + ExerciseFileParser.SUFFIX + " per exercise.");
            }
        }
        String english = files.get(LESSON_FILE);
        if (english == null) {
            problems.add(LESSON_FILE, 0, "The lesson has no lesson.md: every lesson folder needs one, with the front matter and"
                    + " the nine sections in English.");
            return new LessonReadResult.Rejected(problems.list());
        }
        Problems.In inLesson = problems.in(LESSON_FILE);
        FrontMatter front = FrontMatter.read(english, inLesson);
        front.refuseOtherKeys(KEYS, "The details are " + String.join(", ", KEYS) + ".");
        String id = front.text("id", true);
        if (id != null && !id.equals(folder)) {
            inLesson.add(front.lineOf("id"), "The id \"" + id + "\" must be the folder's name, \"" + folder + "\".");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        putIfPresent(titles, LocalizedText.ENGLISH, front.text("title", true));
        putIfPresent(summaries, LocalizedText.ENGLISH, front.text("summary", true));
        AgeRange ages = ages(front);
        Integer minutes = duration(front);
        Set<Subject> subjects = choices(front, "subjects", Subject::fromId,
                Stream.of(Subject.values()).map(Subject::id).collect(Collectors.joining(", ")), "[maths, everyday-life]");
        Set<Pillar> pillars = choices(front, "pillars", Pillar::fromId,
                Stream.of(Pillar.values()).map(Pillar::id).collect(Collectors.joining(", ")), "[decomposition, pattern-recognition]");
        List<CurriculumLink> curriculum = curriculum(front);
        List<String> exerciseIds = exerciseIds(front, exerciseFiles.keySet());

        Map<String, Map<Section, SectionText>> sections = new LinkedHashMap<>();
        Map<String, List<ReflectQuestion>> reflect = new LinkedHashMap<>();
        readSections(LocalizedText.ENGLISH, front, true, inLesson, sections, reflect);

        for (var translation : translations.entrySet()) {
            String language = translation.getKey();
            Problems.In in = problems.in("lesson." + language + ".md");
            FrontMatter tf = FrontMatter.read(translation.getValue(), in);
            tf.refuseOtherKeys(TRANSLATION_KEYS, "A translation's front matter has only title and summary; everything else"
                    + " comes from lesson.md.");
            putIfPresent(titles, language, tf.text("title", false));
            putIfPresent(summaries, language, tf.text("summary", false));
            readSections(language, tf, false, in, sections, reflect);
        }

        List<LessonExercise> lessonExercises = new ArrayList<>();
        for (var file : exerciseFiles.entrySet()) {
            String exerciseId = file.getKey();
            Problems.In in = problems.in(exerciseId + ExerciseFileParser.SUFFIX);
            if (!exerciseIds.contains(exerciseId) && front.readable() && front.keys().contains("exercises")) {
                in.add(0, "This exercise is not listed under \"exercises:\" in lesson.md (line " + front.lineOf("exercises")
                        + "), so students would never see it. Add \"" + exerciseId + "\" to that list, or remove the file.");
            }
            LessonExercise exercise = exercises.read(exerciseId, file.getValue(), in);
            if (exercise != null) {
                lessonExercises.add(exercise);
            }
        }
        if (!problems.isEmpty()) {
            return new LessonReadResult.Rejected(problems.list());
        }
        Map<String, LessonExercise> byId = lessonExercises.stream().collect(Collectors.toMap(LessonExercise::id, Function.identity()));
        List<LessonExercise> ordered = exerciseIds.stream().map(byId::get).toList();
        return new LessonReadResult.Read(new Lesson(new LessonId(folder), version, new LocalizedText(titles), new LocalizedText(summaries),
                ages, Duration.ofMinutes(minutes), subjects, pillars, curriculum, sections, reflect, ordered));
    }

    private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void readSections(String language, FrontMatter front, boolean complete, Problems.In problems,
            Map<String, Map<Section, SectionText>> sections, Map<String, List<ReflectQuestion>> reflect) {
        if (!front.present()) {
            return;
        }
        Map<Section, MarkdownSections.Found> found = MarkdownSections.read(front.body(), front.bodyFirstLine(), complete, problems);
        Map<Section, SectionText> texts = new EnumMap<>(Section.class);
        found.forEach((section, f) -> texts.put(section, f.text()));
        MarkdownSections.Found reflectSection = found.get(Section.REFLECT);
        if (reflectSection != null) {
            // the answers are revealed one by one, so the section's own text is only the introduction
            MarkdownSections.Reflect split = MarkdownSections.questions(reflectSection, problems);
            texts.put(Section.REFLECT, new SectionText(reflectSection.heading(), split.introduction()));
            reflect.put(language, split.questions());
        }
        sections.put(language, texts);
    }

    private static @Nullable AgeRange ages(FrontMatter front) {
        Node node = front.value("ages", true);
        if (node == null) {
            return null;
        }
        List<Node> items = front.list(node, "ages", "[9, 12]");
        if (items == null) {
            return null;
        }
        if (items.size() != 2) {
            front.problems().add(front.line(node), "\"ages\" must be two ages, youngest and oldest, such as [9, 12].");
            return null;
        }
        Integer from = front.wholeNumber(items.get(0), "ages");
        Integer to = front.wholeNumber(items.get(1), "ages");
        if (from == null || to == null) {
            return null;
        }
        if (from < AgeRange.YOUNGEST || to > AgeRange.OLDEST || from > to) {
            front.problems().add(front.line(node), "\"ages\" must be from " + AgeRange.YOUNGEST + " to " + AgeRange.OLDEST
                    + ", the youngest first: [" + from + ", " + to + "] is not.");
            return null;
        }
        return new AgeRange(from, to);
    }

    private static @Nullable Integer duration(FrontMatter front) {
        Node node = front.value("duration", true);
        if (node == null) {
            return null;
        }
        Integer minutes = front.wholeNumber(node, "duration");
        if (minutes != null && (minutes < 1 || minutes > MAX_DURATION_MINUTES)) {
            front.problems().add(front.line(node), "\"duration\" is the lesson's class time in minutes, from 1 to "
                    + MAX_DURATION_MINUTES + ": " + minutes + " is not.");
            return null;
        }
        return minutes;
    }

    private static <T> Set<T> choices(FrontMatter front, String key, Function<String, Optional<T>> fromId, String known,
            String example) {
        Set<T> chosen = new LinkedHashSet<>();
        Node node = front.value(key, true);
        if (node == null) {
            return chosen;
        }
        List<Node> items = front.list(node, key, example);
        if (items == null) {
            return chosen;
        }
        if (items.isEmpty()) {
            front.problems().add(front.line(node), "\"" + key + "\" needs at least one, such as " + example + ".");
        }
        for (Node item : items) {
            String value = front.text(item, key);
            if (value == null) {
                continue;
            }
            Optional<T> choice = fromId.apply(value);
            if (choice.isEmpty()) {
                front.problems().add(front.line(item), "\"" + value + "\" is not one of the " + key + ": "
                        + known + ".");
            } else if (!chosen.add(choice.get())) {
                front.problems().add(front.line(item), "\"" + value + "\" is listed twice in \"" + key + "\".");
            }
        }
        return chosen;
    }

    private static List<CurriculumLink> curriculum(FrontMatter front) {
        List<CurriculumLink> links = new ArrayList<>();
        Node node = front.value("curriculum", true);
        if (node == null) {
            return links;
        }
        List<Node> items = front.list(node, "curriculum", "[{code: 1B-AP-10, source: CSTA K-12 Computer Science Standards (2017)}]");
        if (items == null) {
            return links;
        }
        for (Node item : items) {
            if (!(item instanceof MappingNode mapping)) {
                front.problems().add(front.line(item), "Each curriculum link has a \"code:\", a \"source:\" and, if you like, a"
                        + " \"text:\", each on its own line.");
                continue;
            }
            Map<String, Node> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (!CURRICULUM_KEYS.contains(key)) {
                    front.problems().add(front.line(tuple.getKeyNode()), "\"" + key + "\" is not part of a curriculum link; it"
                            + " has code, source and text.");
                } else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                    front.problems().add(front.line(tuple.getKeyNode()), "\"" + key + "\" is given twice in this curriculum link.");
                }
            }
            String code = values.containsKey("code") ? front.text(values.get("code"), "code") : null;
            String source = values.containsKey("source") ? front.text(values.get("source"), "source") : null;
            String text = values.containsKey("text") ? front.text(values.get("text"), "text") : null;
            if (!values.containsKey("code") || !values.containsKey("source")) {
                front.problems().add(front.line(item), "A curriculum link needs its \"code:\" (such as 1B-AP-10) and its"
                        + " \"source:\" (which standard, such as CSTA K-12 Computer Science Standards (2017)).");
            }
            if (code != null && source != null) {
                links.add(new CurriculumLink(code, source, text));
            }
        }
        return links;
    }

    private static List<String> exerciseIds(FrontMatter front, Set<String> files) {
        List<String> ids = new ArrayList<>();
        Node node = front.value("exercises", true);
        if (node == null) {
            return ids;
        }
        List<Node> items = front.list(node, "exercises", "[count-day-by-day, use-the-remainder]");
        if (items == null) {
            return ids;
        }
        if (items.isEmpty()) {
            front.problems().add(front.line(node), "\"exercises\" needs at least one exercise id.");
        }
        for (Node item : items) {
            String id = front.text(item, "exercises");
            if (id == null) {
                continue;
            }
            if (!EXERCISE_ID.matcher(id).matches()) {
                front.problems().add(front.line(item), "\"" + id + "\" cannot be an exercise id: use lowercase letters, digits"
                        + " and hyphens, such as count-day-by-day.");
            } else if (ids.contains(id)) {
                front.problems().add(front.line(item), "The exercise \"" + id + "\" is listed twice.");
            } else if (!files.contains(id)) {
                front.problems().add(front.line(item), "The exercise \"" + id + "\" is listed, but there is no file " + id
                        + ExerciseFileParser.SUFFIX + " in the lesson folder.");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }
}

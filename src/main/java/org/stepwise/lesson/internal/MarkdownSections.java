package org.stepwise.lesson.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.stepwise.lesson.ReflectQuestion;
import org.stepwise.lesson.Section;
import org.stepwise.lesson.SectionText;

/**
 * Splits a lesson file's Markdown body into its sections: level-2 headings ending in a section id
 * in braces ({@code ## The problem {#problem}}). Lines inside fenced code blocks are never headings.
 */
public final class MarkdownSections {

    private static final Pattern LEVEL_2 = Pattern.compile("^ {0,3}##(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern LEVEL_3 = Pattern.compile("^ {0,3}###(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern WITH_ID = Pattern.compile("^(.*?)[ \\t]*\\{#([^}]*)}[ \\t]*#*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final String ALL_IDS = Stream.of(Section.values()).map(s -> "{#" + s.id() + "}").collect(Collectors.joining(", "));

    /** A section as found: its heading line and its body's lines. */
    public record Found(Section section, String heading, int line, List<String> body, int bodyFirstLine) {

        public SectionText text() {
            return new SectionText(heading, join(body));
        }
    }

    private MarkdownSections() {
    }

    /**
     * The sections in the order written. Unknown ids, duplicates, headings without an id and
     * text before the first heading are reported; so are, when {@code complete}, missing sections
     * and sections out of order.
     */
    public static Map<Section, Found> read(List<String> lines, int firstLine, boolean complete, Problems.In problems) {
        Map<Section, Found> found = new EnumMap<>(Section.class);
        List<Found> inOrder = new ArrayList<>();
        Found current = null;
        boolean skipping = false;
        String fence = null;
        int preambleLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = firstLine + i;
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0) && fenceMatch.group(1).length() >= fence.length()
                        && line.strip().length() == fenceMatch.group(1).length()) {
                    fence = null;
                }
            } else if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
            } else {
                Matcher heading = LEVEL_2.matcher(line);
                if (heading.matches()) {
                    current = null;
                    skipping = true;
                    String rest = heading.group(1) == null ? "" : heading.group(1);
                    Matcher withId = WITH_ID.matcher(rest);
                    if (!withId.matches()) {
                        problems.add(lineNumber, "A section heading needs the section's id in braces at its end, such as"
                                + " \"## The problem {#problem}\". The ids are " + ALL_IDS + ".");
                        continue;
                    }
                    String id = withId.group(2).strip();
                    String text = withId.group(1).strip();
                    Section section = Section.fromId(id).orElse(null);
                    if (section == null) {
                        problems.add(lineNumber, "{#" + id + "} is not a section id. The ids are " + ALL_IDS + ".");
                        continue;
                    }
                    if (found.containsKey(section)) {
                        problems.add(lineNumber, "The section {#" + id + "} appears twice (first on line " + found.get(section).line() + ").");
                        continue;
                    }
                    if (text.isEmpty()) {
                        problems.add(lineNumber, "The heading of the section {#" + id + "} has no text for students to see.");
                    }
                    current = new Found(section, text, lineNumber, new ArrayList<>(), lineNumber + 1);
                    found.put(section, current);
                    inOrder.add(current);
                    skipping = false;
                    continue;
                }
            }
            if (current != null) {
                current.body().add(line);
            } else if (!skipping && preambleLine == 0 && !line.isBlank()) {
                preambleLine = lineNumber;
            }
        }
        if (preambleLine > 0) {
            problems.add(preambleLine, "This text comes before the first section heading, so it would never be shown."
                    + " Put it inside a section.");
        }
        for (Found f : inOrder) {
            if (join(f.body()).isEmpty()) {
                problems.add(f.line(), "The section {#" + f.section().id() + "} is empty.");
            }
        }
        if (complete) {
            reportOrder(inOrder, problems);
            reportMissing(found, inOrder, lines.size() + firstLine - 1, problems);
        }
        return found;
    }

    private static void reportOrder(List<Found> inOrder, Problems.In problems) {
        Found latest = null;
        for (Found f : inOrder) {
            if (latest != null && f.section().ordinal() < latest.section().ordinal()) {
                problems.add(f.line(), "The section {#" + f.section().id() + "} must come before {#" + latest.section().id()
                        + "} (line " + latest.line() + "). The order is " + ALL_IDS + ".");
            } else {
                latest = f;
            }
        }
    }

    private static void reportMissing(Map<Section, Found> found, List<Found> inOrder, int lastLine, Problems.In problems) {
        for (Section section : Section.values()) {
            if (found.containsKey(section)) {
                continue;
            }
            Found next = inOrder.stream().filter(f -> f.section().ordinal() > section.ordinal()).findFirst().orElse(null);
            int line = next != null ? next.line() : Math.max(1, lastLine);
            String where = next != null ? "before {#" + next.section().id() + "} on line " + next.line() : "at the end";
            problems.add(line, "The section {#" + section.id() + "} is missing; every lesson has all nine sections. Add it "
                    + where + ", e.g. \"## " + englishHeading(section) + " {#" + section.id() + "}\".");
        }
    }

    /** The reflect section split: the introduction before the first question, and the questions. */
    public record Reflect(String introduction, List<ReflectQuestion> questions) {
    }

    /**
     * The reflect section's questions: each level-3 heading and the text below it, and the text
     * before the first question as the introduction.
     */
    public static Reflect questions(Found reflect, Problems.In problems) {
        List<ReflectQuestion> questions = new ArrayList<>();
        List<String> introduction = new ArrayList<>();
        String question = null;
        int questionLine = 0;
        List<String> answer = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < reflect.body().size(); i++) {
            String line = reflect.body().get(i);
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)) {
                    fence = null;
                }
            } else if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
            } else {
                Matcher heading = LEVEL_3.matcher(line);
                if (heading.matches()) {
                    add(questions, question, questionLine, answer, problems);
                    question = heading.group(1) == null ? "" : heading.group(1).strip();
                    questionLine = reflect.bodyFirstLine() + i;
                    answer = new ArrayList<>();
                    if (question.isEmpty()) {
                        problems.add(questionLine, "A question heading (###) in {#reflect} has no question.");
                    }
                    continue;
                }
            }
            if (question != null) {
                answer.add(line);
            } else {
                introduction.add(line);
            }
        }
        add(questions, question, questionLine, answer, problems);
        if (questions.isEmpty()) {
            problems.add(reflect.line(), "The section {#reflect} needs at least one question: a level-3 heading such as"
                    + " \"### Why does the remainder work?\" followed by its answer.");
        }
        return new Reflect(join(introduction), questions);
    }

    private static void add(List<ReflectQuestion> questions, @Nullable String question, int line, List<String> answer,
            Problems.In problems) {
        if (question == null || question.isEmpty()) {
            return;
        }
        String text = join(answer);
        if (text.isEmpty()) {
            problems.add(line, "The question \"" + question + "\" has no answer below it; students reveal the answer after thinking.");
            return;
        }
        questions.add(new ReflectQuestion(question, text));
    }

    /** Lines joined, without blank lines at the start or the end. */
    static String join(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }

    private static String englishHeading(Section section) {
        return switch (section) {
            case PROBLEM -> "The problem";
            case DECOMPOSE -> "Decompose";
            case PATTERN -> "Find the pattern";
            case ABSTRACT -> "Abstract";
            case ALGORITHM -> "Design the algorithm";
            case TRY_IT -> "Try it";
            case REFLECT -> "Reflect";
            case UNPLUGGED -> "Unplugged";
            case TEACHER_NOTES -> "Teacher notes";
        };
    }
}

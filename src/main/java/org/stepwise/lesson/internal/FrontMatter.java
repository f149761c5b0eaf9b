package org.stepwise.lesson.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A Markdown file's YAML front matter (between two {@code ---} lines at the top) and the body
 * after it, with file line numbers for both.
 */
public final class FrontMatter {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+]?\\d{1,9}");

    private final Problems.In problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<String> body;
    private final int bodyFirstLine;
    private final int yamlFirstLine;
    private final boolean present;
    private boolean readable = true;

    private FrontMatter(Problems.In problems, List<String> body, int bodyFirstLine, int yamlFirstLine, boolean present) {
        this.problems = problems;
        this.body = body;
        this.bodyFirstLine = bodyFirstLine;
        this.yamlFirstLine = yamlFirstLine;
        this.present = present;
    }

    /** Splits a file into front matter and body, reporting what is wrong with the front matter. */
    public static FrontMatter read(String text, Problems.In problems) {
        List<String> lines = lines(text);
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            problems.add(1, "The file must start with its front matter: a line with three hyphens (---), the details"
                    + " (title: …, summary: …), and another line with three hyphens.");
            return new FrontMatter(problems, lines, 1, 0, false);
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(1, "The front matter that starts on line 1 never ends: close it with a line of three hyphens (---).");
            return new FrontMatter(problems, List.of(), lines.size() + 1, 0, false);
        }
        FrontMatter fm = new FrontMatter(problems, lines.subList(end + 1, lines.size()), end + 2, 2, true);
        fm.parseYaml(String.join("\n", lines.subList(1, end)));
        return fm;
    }

    /** The text's lines, with any line ending and without a byte order mark. */
    public static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    private void parseYaml(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1_000_000);
        options.setNestingDepthLimit(20);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? 1 : line(mark), "The front matter is not valid YAML: " + yamlProblem(e));
            readable = false;
            return;
        } catch (YAMLException e) {
            problems.add(1, "The front matter is not valid YAML: " + e.getMessage());
            readable = false;
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(line(root), "The front matter must be a list of details, one per line, such as \"title: My lesson\".");
            readable = false;
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(line(tuple.getKeyNode()), "Each detail in the front matter starts with a name, such as \"title:\".");
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
            if (earlier != null) {
                problems.add(line(key), "\"" + key.getValue() + "\" is given twice in the front matter (first on line "
                        + line(earlier.getKeyNode()) + ").");
            }
        }
    }

    private static String yamlProblem(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        if (problem != null && problem.contains("mapping values are not allowed")) {
            return problem + ". A text that contains \": \" must be put in quotes, e.g. title: \"Time: a puzzle\".";
        }
        if (problem != null && (problem.contains("anchor") || problem.contains("alias"))) {
            return problem + ". Anchors and aliases (& and *) are not used in lesson files; a text starting with * must be put in quotes.";
        }
        return problem;
    }

    /** Whether the file has front matter; its body is read even when the front matter has problems. */
    public boolean present() {
        return present;
    }

    /** Whether the front matter could be read as details (valid YAML, one detail per line). */
    public boolean readable() {
        return present && readable;
    }

    /** The lines after the front matter. */
    public List<String> body() {
        return body;
    }

    /** The file line of the body's first line. */
    public int bodyFirstLine() {
        return bodyFirstLine;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** Reports every key that is not allowed here. */
    public void refuseOtherKeys(Collection<String> allowed, String hint) {
        for (var entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problems.add(line(entry.getValue().getKeyNode()), "\"" + entry.getKey() + "\" is not a detail a lesson file has here. "
                        + hint);
            }
        }
    }

    /** The line of a key, or of the end of the front matter when the key is missing. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Math.max(1, bodyFirstLine - 1) : line(tuple.getKeyNode());
    }

    public int line(Node node) {
        return line(node.getStartMark());
    }

    private int line(Mark mark) {
        return mark.getLine() + yamlFirstLine;
    }

    /** The value of a key, or null (reported) when it is required and missing. */
    public @Nullable Node value(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required && present && readable) {
                problems.add(lineOf(key), "The front matter has no \"" + key + ":\", which every lesson needs.");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    /** A one-line text, stripped; null (reported) when missing, empty or not a text. */
    public @Nullable String text(String key, boolean required) {
        Node node = value(key, required);
        return node == null ? null : text(node, key);
    }

    /** A text node's value; null (reported) when empty or not a text. */
    public @Nullable String text(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problems.add(line(node), "\"" + what + "\" is empty.");
                return null;
            }
            return value;
        }
        problems.add(line(node), "\"" + what + "\" must be a text, not a list.");
        return null;
    }

    /** A whole number; null (reported) when not one. */
    public @Nullable Integer wholeNumber(Node node, String what) {
        if (node instanceof ScalarNode scalar && WHOLE_NUMBER.matcher(scalar.getValue().strip()).matches()) {
            return Integer.parseInt(scalar.getValue().strip());
        }
        problems.add(line(node), "\"" + what + "\" must be a whole number, such as 45.");
        return null;
    }

    /** The items of a list; null (reported) when the node is not a list. */
    public @Nullable List<Node> list(Node node, String what, String example) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(line(node), "\"" + what + "\" must be a list, such as " + example + ".");
        return null;
    }

    public Problems.In problems() {
        return problems;
    }
}

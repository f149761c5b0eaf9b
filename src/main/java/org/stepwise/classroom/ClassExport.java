package org.stepwise.classroom;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.Subject;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a class has made, for its teacher to keep: the class's details, its assignments, and
 * per student (by name, in roster order) every check they made and their latest saved programs.
 * Never a secret, a hash, a join code or an account id. Two shapes, both described in
 * {@code docs/classrooms.md} ("Class export"): {@link #toJson()} and {@link #toCsv()}.
 */
public record ClassExport(Instant exportedAt, Details details, List<AssignedWork> assignments, List<Student> students) {

    /** The version of the JSON shape; it changes only when a field changes meaning or goes away. */
    public static final int FORMAT_VERSION = 1;
    /** The columns of {@link #toCsv()}, in order. */
    public static final List<String> CSV_COLUMNS = List.of("student", "lesson", "exercise", "at", "passed", "cases_passed",
            "cases_total", "steps", "hints_used", "seconds_spent");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CRLF = "\r\n";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    public ClassExport {
        assignments = List.copyOf(assignments);
        students = List.copyOf(students);
    }

    public record Details(String name, Subject subject, String grade, SignInKind signIn) {
    }

    /** @param exerciseId null: the whole lesson */
    public record AssignedWork(String lessonId, @Nullable String exerciseId, @Nullable LocalDate dueOn) {
    }

    /** A student's attempts (oldest first) and latest saved programs (by lesson and exercise). */
    public record Student(String name, List<Attempt> attempts, List<Program> programs) {
        public Student {
            attempts = List.copyOf(attempts);
            programs = List.copyOf(programs);
        }
    }

    /** One check: when, whether every case passed, how many did, the steps over all cases, hints opened, seconds spent. */
    public record Attempt(ExerciseKey exercise, Instant at, boolean passed, int casesPassed, int casesTotal, long steps, int hintsUsed,
            int secondsSpent) {
    }

    /** A saved program: Blockly's JSON, as the student's last save left it. */
    public record Program(ExerciseKey exercise, Instant savedAt, String workspaceJson) {
    }

    /**
     * UTF-8 JSON, pretty-printed:
     * <pre>{@code
     * {"format": "stepwise-class-export", "formatVersion": 1, "exportedAt": "2026-11-03T10:15:30Z",
     *  "class": {"name", "subject", "grade", "signIn"},
     *  "assignments": [{"lesson", "exercise" (null: whole lesson), "dueOn" ("2026-12-01" or null)}],
     *  "students": [{"name",
     *                "attempts": [{"lesson", "exercise", "at", "passed", "casesPassed", "casesTotal", "steps",
     *                              "hintsUsed", "secondsSpent"}],
     *                "programs": [{"lesson", "exercise", "savedAt", "workspace" (Blockly's JSON as a string)}]}]}
     * }</pre>
     * Times are UTC instants to the second (ISO 8601).
     */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "stepwise-class-export");
        root.put("formatVersion", FORMAT_VERSION);
        root.put("exportedAt", time(exportedAt));
        ObjectNode theClass = root.putObject("class");
        theClass.put("name", details.name());
        theClass.put("subject", details.subject().id());
        theClass.put("grade", details.grade());
        theClass.put("signIn", details.signIn().id());
        ArrayNode assigned = root.putArray("assignments");
        for (AssignedWork work : assignments) {
            ObjectNode node = assigned.addObject();
            node.put("lesson", work.lessonId());
            node.put("exercise", work.exerciseId());
            node.put("dueOn", work.dueOn() == null ? null : work.dueOn().toString());
        }
        ArrayNode people = root.putArray("students");
        for (Student student : students) {
            ObjectNode node = people.addObject();
            node.put("name", student.name());
            ArrayNode attempts = node.putArray("attempts");
            for (Attempt a : student.attempts()) {
                ObjectNode attempt = attempts.addObject();
                attempt.put("lesson", a.exercise().lessonId());
                attempt.put("exercise", a.exercise().exerciseId());
                attempt.put("at", time(a.at()));
                attempt.put("passed", a.passed());
                attempt.put("casesPassed", a.casesPassed());
                attempt.put("casesTotal", a.casesTotal());
                attempt.put("steps", a.steps());
                attempt.put("hintsUsed", a.hintsUsed());
                attempt.put("secondsSpent", a.secondsSpent());
            }
            ArrayNode programs = node.putArray("programs");
            for (Program p : student.programs()) {
                ObjectNode program = programs.addObject();
                program.put("lesson", p.exercise().lessonId());
                program.put("exercise", p.exercise().exerciseId());
                program.put("savedAt", time(p.savedAt()));
                program.put("workspace", p.workspaceJson());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /**
     * UTF-8 CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line
     * break in double quotes, a quote doubled), starting with a byte order mark so spreadsheets read
     * the names' accents right. A header row with {@link #CSV_COLUMNS}, then one row per attempt:
     * students in roster order, each student's attempts oldest first. A field that a spreadsheet
     * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) is
     * prefixed with an apostrophe.
     */
    public byte[] toCsv() {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, CSV_COLUMNS);
        for (Student student : students) {
            for (Attempt a : student.attempts()) {
                row(csv, List.of(student.name(), a.exercise().lessonId(), a.exercise().exerciseId(), time(a.at()),
                        Boolean.toString(a.passed()), Integer.toString(a.casesPassed()), Integer.toString(a.casesTotal()),
                        Long.toString(a.steps()), Integer.toString(a.hintsUsed()), Integer.toString(a.secondsSpent())));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(csvField(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** One CSV field: neutralised when a spreadsheet would run it as a formula, quoted when RFC 4180 needs it. */
    static String csvField(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public String toString() {
        return "ClassExport[" + details.name() + ", " + students.size() + " students]";
    }
}

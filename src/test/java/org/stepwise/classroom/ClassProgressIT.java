package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.CheckEffort;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.StudentWork;
import org.stepwise.grading.Grade;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A teacher reads their class's progress, the cases it fails, a student's program and the class's data; nobody else does. */
@SpringBootTest
class ClassProgressIT {

    static final String DAYS = "100-days-from-tuesday";
    static final ExerciseKey COUNTING = new ExerciseKey(DAYS, "count-day-by-day");
    static final ExerciseKey REMAINDER = new ExerciseKey(DAYS, "use-the-remainder");
    static final ExerciseKey CORNER = new ExerciseKey("find-the-room", "turn-the-corner");
    static final ExerciseKey NOT_ASSIGNED = new ExerciseKey("find-the-room", "follow-the-signs");
    static final Path GRADING = Path.of("src/test/resources/grading");
    static final LocalDate SOON = LocalDate.now().plusDays(5);
    static final LocalDate LATER = LocalDate.now().plusDays(10);

    @Autowired
    ClassFixture fixture;
    @Autowired
    ClassProgress progress;
    @Autowired
    Classrooms classrooms;
    @Autowired
    ClassJoin join;
    @Autowired
    ExerciseChecks checks;
    @Autowired
    StudentWork work;
    @Autowired
    LessonCatalog catalog;
    @Autowired
    Assignments assignments;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private SchoolClass fourB;
    private SchoolClass fiveC;
    private StudentSecret ana;
    private StudentSecret ben;
    private StudentSecret cai;
    private StudentSecret eve; // in another teacher's class
    private String right;
    private String wrong;

    @BeforeEach
    void aClassWithAssignments() throws Exception {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Admin", "admin", "correct horse battery", "correct horse battery")); // first: also admin
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
        fixture.signIn("okafor");
        fiveC = classrooms.create(new ClassDetails("5C", Subject.MATHS, "Year 5", SignInKind.WORD));
        eve = classrooms.addStudents(fiveC.id(), List.of("Eve"), Locale.ENGLISH).getFirst();
        assignments.assign(fiveC.id(), new LessonId(DAYS), null, null);
        fixture.signIn("rivera");
        fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.WORD));
        List<StudentSecret> added = classrooms.addStudents(fourB.id(), List.of("Cai", "Ana", "Ben"), Locale.ENGLISH);
        cai = added.get(0);
        ana = added.get(1);
        ben = added.get(2);
        assignments.assign(fourB.id(), new LessonId(DAYS), null, SOON);
        assignments.assign(fourB.id(), new LessonId(CORNER.lessonId()), CORNER.exerciseId(), null);
        assignments.assign(fourB.id(), new LessonId(DAYS), REMAINDER.exerciseId(), LATER); // already in the lesson: one column
        right = Files.readString(GRADING.resolve("remainder.workspace.json"));
        wrong = Files.readString(GRADING.resolve("off-by-one.workspace.json"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_grid_has_the_roster_by_the_assigned_exercises_with_what_each_student_did() {
        asStudent(fourB, ana, () -> {
            assertThat(check(REMAINDER, wrong, 0).passed()).isFalse();
            assertThat(check(REMAINDER, right, 1).passed()).isTrue();
        });
        asStudent(fourB, ben, () -> {
            work.save(COUNTING, right, 0); // started, never checked
            check(REMAINDER, wrong, 0);
        });
        asStudent(fiveC, eve, () -> check(REMAINDER, right, 0));
        fixture.signIn("rivera");

        ProgressGrid grid = progress.grid(fourB.id());

        assertThat(grid.columns()).extracting(ExerciseColumn::exercise).containsExactly(COUNTING, REMAINDER, CORNER);
        assertThat(grid.columns()).extracting(ExerciseColumn::dueOn).containsExactly(SOON, SOON, null);
        assertThat(grid.rows()).extracting(r -> r.student().displayName()).containsExactly("Ana", "Ben", "Cai");
        assertThat(grid.cell(ana.student(), REMAINDER)).hasValueSatisfying(cell -> {
            assertThat(cell.state()).isEqualTo(ProgressCell.State.SOLVED);
            assertThat(cell.attempts()).isEqualTo(2);
            assertThat(cell.hintsUsed()).isTrue();
            assertThat(cell.lastActivity()).isNotNull();
        });
        assertThat(grid.cell(ana.student(), COUNTING)).contains(ProgressCell.notStarted(ana.student(), COUNTING));
        assertThat(grid.cell(ben.student(), COUNTING)).hasValueSatisfying(cell -> {
            assertThat(cell.state()).isEqualTo(ProgressCell.State.IN_PROGRESS);
            assertThat(cell.attempts()).isZero();
        });
        assertThat(grid.cell(ben.student(), REMAINDER)).hasValueSatisfying(cell -> {
            assertThat(cell.state()).isEqualTo(ProgressCell.State.IN_PROGRESS);
            assertThat(cell.attempts()).isEqualTo(1);
            assertThat(cell.hintsUsed()).isFalse();
        });
        assertThat(grid.rows().get(2).cells()).allMatch(c -> c.state() == ProgressCell.State.NOT_STARTED);
        assertThat(grid.cell(eve.student(), REMAINDER)).isEmpty();
    }

    @Test
    void the_failing_cases_come_from_each_students_latest_attempt_on_assigned_exercises_most_failed_first() {
        asStudent(fourB, ana, () -> {
            check(REMAINDER, wrong, 0);
            check(REMAINDER, right, 0); // fixed: her latest attempt fails nothing
            check(NOT_ASSIGNED, wrong, 0); // not assigned: not counted
        });
        asStudent(fourB, ben, () -> check(REMAINDER, wrong, 0));
        asStudent(fourB, cai, () -> check(REMAINDER, wrong, 0));
        asStudent(fiveC, eve, () -> check(REMAINDER, wrong, 0)); // another class
        fixture.signIn("rivera");

        List<CaseFailure> failing = progress.failingCases(fourB.id());

        assertThat(failing).isNotEmpty().allSatisfy(f -> {
            assertThat(f.exercise()).isEqualTo(REMAINDER);
            assertThat(f.studentsFailing()).isEqualTo(2); // ben and cai, not ana, not eve
            assertThat(f.studentsTried()).isEqualTo(3);
        });
        assertThat(failing).anySatisfy(f -> assertThat(f.hidden()).isFalse());
    }

    @Test
    void a_teacher_reads_the_latest_saved_program_of_a_student_on_the_roster_only() {
        asStudent(fourB, ben, () -> {
            long first = work.save(REMAINDER, wrong, 0).version();
            work.save(REMAINDER, right, first);
        });
        fixture.signIn("rivera");

        assertThat(progress.latestProgram(fourB.id(), ben.student(), REMAINDER)).hasValueSatisfying(program -> {
            assertThat(program.workspaceJson()).isEqualTo(right);
            assertThat(program.student().displayName()).isEqualTo("Ben");
        });
        assertThat(progress.latestProgram(fourB.id(), cai.student(), REMAINDER)).isEmpty();
        assertThatThrownBy(() -> progress.latestProgram(fourB.id(), eve.student(), REMAINDER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_export_has_the_class_its_students_attempts_and_programs_and_no_secret() throws Exception {
        List<StudentSecret> tricky = classrooms.addStudents(fourB.id(), List.of("=HYPERLINK(\"http://x\")", "Li, \"Bo\""), Locale.ENGLISH);
        asStudent(fourB, tricky.get(0), () -> check(REMAINDER, wrong, 2));
        asStudent(fourB, tricky.get(1), () -> check(REMAINDER, right, 0));
        asStudent(fourB, ana, () -> {
            check(REMAINDER, wrong, 0);
            check(REMAINDER, right, 1);
            work.save(REMAINDER, right, 0);
        });
        fixture.signIn("rivera");

        ClassExport export = progress.export(fourB.id());

        String json = new String(export.toJson(), StandardCharsets.UTF_8);
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("format").asString()).isEqualTo("stepwise-class-export");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.at("/class/name").asString()).isEqualTo("4B");
        assertThat(root.at("/class/subject").asString()).isEqualTo("maths");
        assertThat(root.at("/class/signIn").asString()).isEqualTo("word");
        assertThat(root.get("assignments")).hasSize(3);
        assertThat(root.at("/assignments/0/exercise").isNull()).isTrue();
        assertThat(root.at("/assignments/0/dueOn").asString()).isEqualTo(SOON.toString());
        List<String> names = new java.util.ArrayList<>();
        root.get("students").forEach(student -> names.add(student.get("name").asString()));
        assertThat(names)
                .containsExactly("=HYPERLINK(\"http://x\")", "Ana", "Ben", "Cai", "Li, \"Bo\"");
        JsonNode anas = root.at("/students/1");
        assertThat(anas.get("attempts")).hasSize(2);
        JsonNode solved = anas.at("/attempts/1");
        assertThat(solved.get("lesson").asString()).isEqualTo(DAYS);
        assertThat(solved.get("exercise").asString()).isEqualTo("use-the-remainder");
        assertThat(solved.get("passed").asBoolean()).isTrue();
        assertThat(solved.get("casesPassed").asInt()).isEqualTo(solved.get("casesTotal").asInt()).isPositive();
        assertThat(solved.get("steps").asLong()).isPositive();
        assertThat(solved.get("hintsUsed").asInt()).isEqualTo(1);
        assertThat(solved.get("secondsSpent").asInt()).isBetween(30, 40);
        assertThat(Instant.parse(solved.get("at").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(anas.at("/programs/0/workspace").asString()).isEqualTo(right);
        assertThat(root.at("/students/2/programs")).isEmpty();
        for (String secret : List.of(fourB.joinCode().value(), fourB.joinCode().display(), ana.secret(), ben.secret(), "bcrypt", "$2a$",
                ana.student().toString())) {
            assertThat(json).doesNotContain(secret);
        }

        String csv = new String(export.toCsv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFstudent,lesson,exercise,at,passed,cases_passed,cases_total,steps,hints_used,seconds_spent\r\n");
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertThat(lines).hasSize(1 + 4); // header and one row per attempt
        assertThat(lines.get(1)).matches("\"'=HYPERLINK\\(\"\"http://x\"\"\\)\",100-days-from-tuesday,use-the-remainder,"
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,false,\\d+,\\d+,\\d+,2,\\d+");
        assertThat(lines.get(2)).startsWith("Ana,100-days-from-tuesday,use-the-remainder,").contains(",false,");
        assertThat(lines.get(3)).startsWith("Ana,").contains(",true,");
        assertThat(lines.get(4)).startsWith("\"Li, \"\"Bo\"\"\",100-days-from-tuesday,use-the-remainder,");
        for (String secret : List.of(fourB.joinCode().value(), ana.secret(), "bcrypt")) {
            assertThat(csv).doesNotContain(secret);
        }
    }

    @Test
    void every_method_is_refused_to_another_teacher_an_admin_who_does_not_teach_the_class_a_student_and_anyone_signed_out() {
        List<Consumer<ClassId>> calls = List.of(progress::grid, progress::failingCases, id -> progress.latestProgram(id, ana.student(), REMAINDER),
                progress::export);
        for (String other : List.of("okafor", "admin")) {
            fixture.signIn(other);
            for (Consumer<ClassId> call : calls) {
                assertThatThrownBy(() -> call.accept(fourB.id())).as(other).isInstanceOf(AccessDeniedException.class);
            }
        }
        fixture.signInStudent(fourB, ana);
        for (Consumer<ClassId> call : calls) {
            assertThatThrownBy(() -> call.accept(fourB.id())).as("a student").isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        for (Consumer<ClassId> call : calls) {
            assertThatThrownBy(() -> call.accept(fourB.id())).as("signed out").isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        fixture.signIn("rivera");
        assertThat(progress.grid(fourB.id()).rows()).hasSize(3); // the class's teacher may
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Checks a program as the signed-in student, as the exercise view does, opened 30 seconds ago. */
    private Grade check(ExerciseKey key, String program, int hints) {
        Lesson lesson = catalog.lesson(new LessonId(key.lessonId())).orElseThrow();
        return checks.check(key, lesson.version(), lesson.exercise(key.exerciseId()).orElseThrow().grading(), program,
                new CheckEffort(hints, Instant.now().minusSeconds(30)));
    }

    private void asStudent(SchoolClass schoolClass, StudentSecret student, Runnable work) {
        fixture.signInStudent(schoolClass, student);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

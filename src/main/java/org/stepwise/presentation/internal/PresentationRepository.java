package org.stepwise.presentation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.classroom.ClassId;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Section;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.PresentationId;
import org.stepwise.presentation.ProgramOnScreen;
import org.stepwise.presentation.Question;
import org.stepwise.security.AccountId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Presentations and students' answers in PostgreSQL (tables {@code presentation}, {@code prediction_answer}). */
@Repository
public class PresentationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<String>>> BY_LANGUAGE = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, version, teacher_id, lesson_id, class_id, section, blank, show_names, show_class, follow,
            program_exercise, program_student, program_case, program_position,
            question_number, question_position, question_kind, question_variable, question_worlds::text as question_worlds, question_translated::text as question_translated, question_choices::text as question_choices, question_correct, question_revealed,
            started_at, ended_at""";

    private final JdbcClient jdbc;

    PresentationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Presentation p) {
        jdbc.sql("insert into presentation (id, teacher_id, lesson_id, class_id, section, started_at, version) values (?, ?, ?, ?, ?, ?, ?)")
                .params(p.id().value(), p.teacher().value(), p.lesson().value(), p.classId() == null ? null : p.classId().value(),
                        p.section().id(), Timestamp.from(p.startedAt()), p.version())
                .update();
    }

    public Optional<Presentation> find(PresentationId id) {
        return jdbc.sql("select " + COLUMNS + " from presentation where id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** The presentation, locked until the transaction ends: changes from several windows happen one after the other. */
    public Optional<Presentation> lock(PresentationId id) {
        return jdbc.sql("select " + COLUMNS + " from presentation where id = ? for update").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /**
     * The presentation, share-locked until the transaction ends: many students may answer at once,
     * while the teacher's changes (a reveal) wait for their answers to be stored, and the other way round.
     */
    public Optional<Presentation> lockShared(PresentationId id) {
        return jdbc.sql("select " + COLUMNS + " from presentation where id = ? for share").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** The teacher's presentations that have not ended, newest first. */
    public List<Presentation> runningBy(AccountId teacher) {
        return jdbc.sql("select " + COLUMNS + " from presentation where teacher_id = ? and ended_at is null order by started_at desc, id")
                .param(teacher.value()).query((rs, n) -> map(rs)).list();
    }

    /** The presentation the class follows now, if any. */
    public Optional<Presentation> runningFor(ClassId classId) {
        return jdbc.sql("select " + COLUMNS + " from presentation where class_id = ? and ended_at is null").param(classId.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * Stores the state and counts the version up.
     *
     * @return the state as stored, with its new version
     */
    public Presentation save(Presentation p) {
        ProgramOnScreen program = p.program();
        Question question = p.question();
        jdbc.sql("""
                update presentation set section = :section, blank = :blank, show_names = :names, show_class = :showClass,
                    follow = :follow, program_exercise = :exercise, program_student = :student, program_case = :case,
                    program_position = :position, question_number = greatest(question_number, :qnumber),
                    question_position = :qposition, question_kind = :qkind, question_variable = :qvariable,
                    question_worlds = cast(:qworlds as jsonb), question_translated = cast(:qtranslated as jsonb), question_choices = cast(:qchoices as jsonb), question_correct = :qcorrect,
                    question_revealed = :qrevealed, ended_at = :ended, version = version + 1
                where id = :id""")
                .param("section", p.section().id()).param("blank", p.blank()).param("names", p.showNames())
                .param("showClass", p.showClass()).param("follow", p.follow())
                .param("exercise", program == null ? null : program.exerciseId(), Types.VARCHAR)
                .param("student", program == null || program.student() == null ? null : program.student().value(), Types.OTHER)
                .param("case", program == null ? null : program.caseIndex(), Types.INTEGER)
                .param("position", program == null ? null : program.position(), Types.INTEGER)
                .param("qnumber", question == null ? 0 : question.number())
                .param("qposition", question == null ? null : question.position(), Types.INTEGER)
                .param("qvariable", question == null ? null : question.variable(), Types.VARCHAR)
                .param("qkind", question == null ? null : question.kind().name().toLowerCase(java.util.Locale.ROOT), Types.VARCHAR)
                .param("qworlds", question == null ? null : JSON.writeValueAsString(question.worlds()), Types.VARCHAR)
                .param("qtranslated", question == null ? null : JSON.writeValueAsString(question.translated()), Types.VARCHAR)
                .param("qchoices", question == null ? null : JSON.writeValueAsString(question.choices()), Types.VARCHAR)
                .param("qcorrect", question == null ? null : question.correct(), Types.INTEGER)
                .param("qrevealed", question != null && question.revealed())
                .param("ended", p.endedAt() == null ? null : Timestamp.from(p.endedAt()), Types.TIMESTAMP)
                .param("id", p.id().value())
                .update();
        return find(p.id()).orElseThrow();
    }

    /** The number the next question of the presentation gets. */
    public int nextQuestionNumber(PresentationId id) {
        return jdbc.sql("select question_number + 1 from presentation where id = ?").param(id.value()).query(Integer.class).single();
    }

    /** Stores a student's answer, replacing the one they gave before to the same question. */
    public void answer(PresentationId id, int questionNumber, AccountId student, int choice) {
        jdbc.sql("""
                insert into prediction_answer (presentation_id, question_number, student_id, choice) values (?, ?, ?, ?)
                on conflict (presentation_id, question_number, student_id) do update set choice = excluded.choice, answered_at = now()""")
                .params(id.value(), questionNumber, student.value(), choice).update();
    }

    /** How many students chose each choice, by index (a list as long as {@code choices}). */
    public List<Integer> tally(PresentationId id, int questionNumber, int choices) {
        List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(choices, 0));
        jdbc.sql("select choice, count(*) as n from prediction_answer where presentation_id = ? and question_number = ? group by choice")
                .params(id.value(), questionNumber)
                .query((rs, n) -> {
                    int choice = rs.getInt("choice");
                    if (choice < choices) {
                        counts.set(choice, rs.getInt("n"));
                    }
                    return choice;
                }).list();
        return counts;
    }

    /** The choice a student made, if they answered. */
    public Optional<Integer> answerOf(PresentationId id, int questionNumber, AccountId student) {
        return jdbc.sql("select choice from prediction_answer where presentation_id = ? and question_number = ? and student_id = ?")
                .params(id.value(), questionNumber, student.value()).query(Integer.class).optional();
    }

    private static Presentation map(ResultSet rs) throws SQLException {
        UUID classId = rs.getObject("class_id", UUID.class);
        String exercise = rs.getString("program_exercise");
        ProgramOnScreen program = null;
        if (exercise != null) {
            UUID student = rs.getObject("program_student", UUID.class);
            program = new ProgramOnScreen(exercise, student == null ? null : new AccountId(student), rs.getInt("program_case"),
                    rs.getInt("program_position"));
        }
        String choices = rs.getString("question_choices");
        Question question = null;
        if (choices != null) {
            String worlds = rs.getString("question_worlds");
            String translated = rs.getString("question_translated");
            question = new Question(rs.getInt("question_number"), rs.getInt("question_position"),
                    Question.Kind.valueOf(rs.getString("question_kind").toUpperCase(java.util.Locale.ROOT)), rs.getString("question_variable"),
                    JSON.readValue(choices, STRINGS), worlds == null ? List.of() : JSON.readValue(worlds, STRINGS),
                    translated == null ? Map.of() : JSON.readValue(translated, BY_LANGUAGE),
                    rs.getInt("question_correct"), rs.getBoolean("question_revealed"));
        }
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Presentation(new PresentationId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                new AccountId(rs.getObject("teacher_id", UUID.class)), new LessonId(rs.getString("lesson_id")),
                classId == null ? null : new ClassId(classId),
                Section.fromId(rs.getString("section")).orElseThrow(() -> new IllegalStateException("unknown section in presentation")),
                rs.getBoolean("blank"), rs.getBoolean("show_names"), rs.getBoolean("show_class"), rs.getBoolean("follow"), program, question,
                rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant());
    }

}

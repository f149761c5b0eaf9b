package org.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonReaderTest {

    private static final Path TINY = Path.of("src/test/resources/lesson-check/good/tiny-lesson");
    private static final Path HUNDRED_DAYS = Path.of("lessons/100-days-from-tuesday");
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale MEXICAN_SPANISH = Locale.forLanguageTag("es-MX");

    private final LessonReader reader = LessonReader.standard();

    private static Lesson read(LessonReadResult result) {
        assertThat(result.problems()).isEmpty();
        return ((LessonReadResult.Read) result).lesson();
    }

    private Lesson hundredDays() throws IOException {
        LessonFiles files = LessonFiles.read(HUNDRED_DAYS);
        return read(reader.read(files.folder(), files.files()));
    }

    @Test
    void the_front_matter_gives_the_catalog_what_it_shows() throws IOException {
        Lesson lesson = hundredDays();

        assertThat(lesson.id()).isEqualTo(new LessonId("100-days-from-tuesday"));
        assertThat(lesson.version()).isZero();
        assertThat(lesson.title().in(Locale.ENGLISH)).isEqualTo("100 days from Tuesday");
        assertThat(lesson.title().in(SPANISH)).isEqualTo("100 días desde el martes");
        assertThat(lesson.summary().in(Locale.GERMAN)).startsWith("Count 100 days");
        assertThat(lesson.ages()).isEqualTo(new AgeRange(9, 12));
        assertThat(lesson.duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(lesson.subjects()).containsExactly(Subject.MATHS, Subject.EVERYDAY_LIFE);
        assertThat(lesson.pillars()).containsExactly(Pillar.values());
        assertThat(lesson.curriculum()).extracting(CurriculumLink::code)
                .containsExactly("1B-AP-08", "1B-AP-10", "1B-AP-11", "4.OA.A.3", "4.NBT.B.6");
        assertThat(lesson.curriculum().getFirst().source()).isEqualTo("CSTA K-12 Computer Science Standards (2017)");
        assertThat(lesson.languages()).containsExactly("en", "es");
    }

    @Test
    void sections_come_in_the_readers_language_with_their_headings() throws IOException {
        Lesson lesson = hundredDays();

        SectionText english = lesson.section(Section.PROBLEM, Locale.ENGLISH);
        SectionText spanish = lesson.section(Section.PROBLEM, MEXICAN_SPANISH);

        assertThat(english.heading()).isEqualTo("The problem");
        assertThat(english.markdown()).startsWith("Today is Tuesday.").doesNotContain("{#");
        assertThat(spanish.heading()).isEqualTo("El problema");
        assertThat(spanish.markdown()).startsWith("Hoy es martes.");
        assertThat(lesson.section(Section.TEACHER_NOTES, Locale.FRENCH).heading()).isEqualTo("Teacher notes");
    }

    @Test
    void a_section_missing_from_a_translation_is_shown_in_english() throws IOException {
        LessonFiles files = LessonFiles.read(TINY);

        Lesson lesson = read(reader.read(files.folder(), files.files()));

        assertThat(lesson.section(Section.PROBLEM, SPANISH).heading()).isEqualTo("El problema");
        assertThat(lesson.section(Section.DECOMPOSE, SPANISH).heading()).isEqualTo("Decompose");
        assertThat(lesson.summary().in(SPANISH)).isEqualTo("The smallest lesson that passes the check, for tests.");
        assertThat(lesson.reflect(SPANISH)).containsExactly(new ReflectQuestion("¿Qué viene después del domingo?", "El lunes."));
    }

    @Test
    void reflect_questions_are_the_level_3_headings_each_with_its_answer() throws IOException {
        Lesson lesson = hundredDays();

        List<ReflectQuestion> questions = lesson.reflect(Locale.ENGLISH);

        assertThat(questions).hasSize(4);
        assertThat(questions.getFirst().question()).isEqualTo("Why does algorithm 2 never move the arrow more than 6 times?");
        assertThat(questions.getFirst().answerMarkdown()).startsWith("When you divide by 7, the remainder is always 0")
                .doesNotContain("###");
        assertThat(lesson.reflect(SPANISH).get(1).question()).isEqualTo("¿Qué día es 0 días después del martes? ¿Y 70 días después?");
    }

    @Test
    void the_reflect_section_text_is_only_its_introduction_so_it_gives_no_answer_away() throws IOException {
        Lesson lesson = hundredDays();

        SectionText reflect = lesson.section(Section.REFLECT, Locale.ENGLISH);

        assertThat(reflect.heading()).isEqualTo("Reflect");
        assertThat(reflect.markdown()).isEqualTo("Think about each question first. Then open the answer.");
    }

    @Test
    void only_the_teacher_notes_are_kept_from_students() {
        assertThat(List.of(Section.values())).filteredOn(s -> !s.forStudents()).containsExactly(Section.TEACHER_NOTES);
        assertThat(Section.fromId("try-it")).contains(Section.TRY_IT);
    }

    @Test
    void exercises_come_in_the_order_listed_with_everything_a_student_sees() throws IOException {
        Lesson lesson = hundredDays();

        assertThat(lesson.exercises()).extracting(LessonExercise::id).containsExactly("count-day-by-day", "use-the-remainder");
        LessonExercise remainder = lesson.exercise("use-the-remainder").orElseThrow();
        assertThat(remainder.world()).isEqualTo("calendar");
        assertThat(remainder.title().in(SPANISH)).isEqualTo("Usa el resto");
        assertThat(remainder.toolbox()).startsWith("controls_repeat_ext", "math_number").contains("math_modulo");
        assertThat(remainder.blockLimit()).isEqualTo(6);
        assertThat(remainder.stepBudget()).isEqualTo(1000);
        assertThat(remainder.hints()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(remainder.startBlocks()).isNull();
        assertThat(remainder.grading().cases()).hasSize(3 + 7 * 101);
        assertThat(remainder.grading().solution()).contains("math_modulo");
        assertThat(lesson.exercise("count-day-by-day").orElseThrow().blockLimit()).isNull();
    }

    @Test
    void a_lesson_read_from_stored_files_carries_its_version() throws IOException {
        LessonFiles files = LessonFiles.read(TINY);

        Lesson lesson = read(reader.read(files.folder(), 3, files.files()));

        assertThat(lesson.version()).isEqualTo(3);
    }

    @Test
    void start_blocks_are_kept_as_json_when_given() throws IOException {
        Map<String, String> files = new HashMap<>(LessonFiles.read(TINY).files());
        files.put("next-day.exercise.json", files.get("next-day.exercise.json").replace("\"blockLimit\": 2,",
                "\"blockLimit\": 2, \"startBlocks\": {\"blocks\": {\"languageVersion\": 0, \"blocks\": ["
                        + "{\"type\": \"calendar_answer\", \"id\": \"given\", \"x\": 10, \"y\": 90}]}},"));

        Lesson lesson = read(reader.read("tiny-lesson", files));

        assertThat(lesson.exercises().getFirst().startBlocks()).contains("\"id\":\"given\"");
    }

    @Test
    void a_problem_names_the_file_and_the_line() throws IOException {
        Map<String, String> files = new HashMap<>(LessonFiles.read(TINY).files());
        files.put("lesson.md", files.get("lesson.md").replace("pillars: [algorithm-design]", "pillars: [algorithm-design, guessing]"));

        LessonReadResult result = reader.read("tiny-lesson", files);

        assertThat(result).isInstanceOf(LessonReadResult.Rejected.class);
        assertThat(result.problems()).containsExactly(new LessonProblem("lesson.md", 8,
                "\"guessing\" is not one of the pillars: decomposition, pattern-recognition, abstraction, algorithm-design."));
    }

    @Test
    void localized_text_falls_back_from_region_to_language_to_english() {
        LocalizedText text = new LocalizedText(Map.of("en", "colour", "pt", "cor", "pt-BR", "cor!"));

        assertThat(text.in(Locale.forLanguageTag("pt-BR"))).isEqualTo("cor!");
        assertThat(text.in(Locale.forLanguageTag("pt-PT"))).isEqualTo("cor");
        assertThat(text.in(Locale.JAPANESE)).isEqualTo("colour");
    }
}

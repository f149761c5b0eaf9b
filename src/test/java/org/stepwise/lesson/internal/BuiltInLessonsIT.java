package org.stepwise.lesson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonFiles;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Pillar;
import org.stepwise.lesson.Subject;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BuiltInLessonsIT {

    private static final LessonId HUNDRED_DAYS = new LessonId("100-days-from-tuesday");

    @Autowired
    BuiltInLessons builtIn;
    @Autowired
    LessonCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourcePatternResolver resources;

    private Map<String, String> tiny;

    @BeforeEach
    void readTinyLesson() throws IOException {
        tiny = LessonFiles.read(Path.of("src/test/resources/lesson-check/good/tiny-lesson")).files();
    }

    /** The tiny test lesson under another id, with one text replaced. */
    private LessonFiles tinyLesson(String id, String from, String to) {
        Map<String, String> files = new HashMap<>(tiny);
        files.put("lesson.md", tiny.get("lesson.md").replace("id: tiny-lesson", "id: " + id).replace(from, to));
        return new LessonFiles(id, files);
    }

    private long rows(String lessonId) {
        return jdbc.sql("select count(*) from lesson_version where lesson_id = ?").param(lessonId).query(Long.class).single();
    }

    @Test
    void at_start_up_the_built_in_lessons_are_stored_and_shown_in_the_catalog() {
        assertThat(jdbc.sql("select origin from lesson_version where lesson_id = ? and version = 1")
                .param(HUNDRED_DAYS.value()).query(String.class).single()).isEqualTo("built-in");

        Lesson lesson = catalog.lesson(HUNDRED_DAYS).orElseThrow();

        assertThat(lesson.version()).isEqualTo(1);
        assertThat(lesson.exercises()).hasSize(2);
        assertThat(catalog.lessons()).extracting(Lesson::id).contains(HUNDRED_DAYS);
    }

    @Test
    void starting_again_with_the_same_built_in_lessons_changes_nothing() {
        var before = jdbc.sql("select lesson_id, version, created_at from lesson_version order by 1, 2").query().listOfRows();

        BuiltInLessons.Report report = builtIn.load(ClasspathLessons.read(resources));

        assertThat(report.unchanged()).containsEntry(HUNDRED_DAYS.value(), 1);
        assertThat(report.stored()).isEmpty();
        assertThat(report.refused()).isEmpty();
        assertThat(jdbc.sql("select lesson_id, version, created_at from lesson_version order by 1, 2").query().listOfRows())
                .isEqualTo(before);
    }

    @Test
    void unchanged_files_are_stored_once(CapturedOutput output) {
        LessonFiles lesson = tinyLesson("stored-once", "", "");

        BuiltInLessons.Report first = builtIn.load(List.of(lesson));
        BuiltInLessons.Report second = builtIn.load(List.of(lesson));

        assertThat(first.stored()).containsExactly(Map.entry("stored-once", 1));
        assertThat(second.unchanged()).containsExactly(Map.entry("stored-once", 1));
        assertThat(rows("stored-once")).isEqualTo(1);
        assertThat(output).containsOnlyOnce("Built-in lesson stored-once stored as version 1 (new lesson)");
    }

    @Test
    void changed_files_make_a_new_version_and_the_catalog_serves_the_latest() {
        builtIn.load(List.of(tinyLesson("changing", "", "")));
        Lesson first = catalog.lesson(new LessonId("changing")).orElseThrow();

        BuiltInLessons.Report report = builtIn.load(List.of(tinyLesson("changing", "summary: The smallest lesson", "summary: A smaller lesson")));

        assertThat(report.stored()).containsExactly(Map.entry("changing", 2));
        assertThat(rows("changing")).isEqualTo(2);
        Lesson latest = catalog.lesson(new LessonId("changing")).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.summary().english()).startsWith("A smaller lesson");
        assertThat(catalog.lesson(new LessonId("changing"), 1)).contains(first);
        assertThat(first.summary().english()).startsWith("The smallest lesson");
        assertThat(catalog.lessons()).filteredOn(l -> l.id().value().equals("changing")).extracting(Lesson::version).containsExactly(2);
    }

    @Test
    void going_back_to_earlier_files_is_a_new_version_too() {
        builtIn.load(List.of(tinyLesson("going-back", "", "")));
        builtIn.load(List.of(tinyLesson("going-back", "duration: 20", "duration: 25")));

        BuiltInLessons.Report report = builtIn.load(List.of(tinyLesson("going-back", "", "")));

        assertThat(report.stored()).containsExactly(Map.entry("going-back", 3));
        assertThat(catalog.lesson(new LessonId("going-back")).orElseThrow().duration().toMinutes()).isEqualTo(20);
    }

    @Test
    void a_lesson_that_fails_the_check_is_not_stored_and_its_earlier_version_stays(CapturedOutput output) {
        builtIn.load(List.of(tinyLesson("breaking", "", "")));

        BuiltInLessons.Report report = builtIn.load(List.of(tinyLesson("breaking", "ages: [8, 10]", "ages: [10, 8]")));

        assertThat(report.refused()).containsOnlyKeys("breaking");
        assertThat(report.stored()).isEmpty();
        assertThat(rows("breaking")).isEqualTo(1);
        assertThat(catalog.lesson(new LessonId("breaking")).orElseThrow().version()).isEqualTo(1);
        assertThat(output).contains("Built-in lesson breaking is not loaded: it has 1 problem(s)")
                .contains("breaking/lesson.md:5: \"ages\" must be from 6 to 18, the youngest first: [10, 8] is not.");
    }

    @Test
    void a_reference_solution_that_fails_keeps_the_lesson_out() {
        LessonFiles lesson = tinyLesson("failing-solution", "", "");
        Map<String, String> files = new HashMap<>(lesson.files());
        files.put("next-day.exercise.json", files.get("next-day.exercise.json").replace("\"blockLimit\": 2", "\"blockLimit\": 1"));

        BuiltInLessons.Report report = builtIn.load(List.of(new LessonFiles("failing-solution", files)));

        assertThat(report.refused().get("failing-solution")).singleElement().asString().contains("more than the block limit of 1");
        assertThat(rows("failing-solution")).isZero();
        assertThat(catalog.lesson(new LessonId("failing-solution"))).isEmpty();
    }

    @Test
    void the_catalog_finds_lessons_by_subject_pillar_and_age() {
        builtIn.load(List.of(tinyLesson("for-eight-year-olds", "", "")));
        LessonId tinyId = new LessonId("for-eight-year-olds");

        assertThat(catalog.find(null, null, 8)).extracting(Lesson::id).contains(tinyId).doesNotContain(HUNDRED_DAYS);
        assertThat(catalog.find(null, null, 11)).extracting(Lesson::id).contains(HUNDRED_DAYS).doesNotContain(tinyId);
        assertThat(catalog.find(Subject.EVERYDAY_LIFE, null, null)).extracting(Lesson::id).contains(HUNDRED_DAYS).doesNotContain(tinyId);
        assertThat(catalog.find(Subject.MATHS, Pillar.ALGORITHM_DESIGN, 9)).extracting(Lesson::id).contains(HUNDRED_DAYS, tinyId);
        assertThat(catalog.find(Subject.MATHS, Pillar.DECOMPOSITION, 9)).extracting(Lesson::id).contains(HUNDRED_DAYS).doesNotContain(tinyId);
        assertThat(catalog.find(Subject.MUSIC, null, null)).allMatch(l -> l.subjects().contains(Subject.MUSIC))
                .extracting(Lesson::id).doesNotContain(HUNDRED_DAYS, tinyId);
    }

    @Test
    void unknown_lessons_and_versions_are_empty() {
        assertThat(catalog.lesson(new LessonId("no-such-lesson"))).isEmpty();
        assertThat(catalog.lesson(HUNDRED_DAYS, 99)).isEmpty();
    }

    @Test
    void the_same_stored_version_is_parsed_once() {
        assertThat(catalog.lesson(HUNDRED_DAYS, 1).orElseThrow()).isSameAs(catalog.lesson(HUNDRED_DAYS).orElseThrow());
    }
}

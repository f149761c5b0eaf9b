package org.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckCommandTest {

    private static final Path BROKEN = Path.of("src/test/resources/lesson-check/broken");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(List.of(args));
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void the_built_in_lessons_pass_the_check() {
        int exit = check("lessons");

        assertThat(printed()).last().asString().matches("[1-9]\\d* lessons? checked: (it is|all are) fine\\.");
        assertThat(exit).as(String.join("\n", printed())).isZero();
    }

    @Test
    void the_default_folder_is_lessons() {
        int exit = check();

        assertThat(exit).isZero();
        assertThat(printed()).isNotEmpty();
    }

    @Test
    void a_single_lesson_folder_can_be_checked_on_its_own() {
        int exit = check("src/test/resources/lesson-check/good/tiny-lesson");

        assertThat(exit).isZero();
        assertThat(printed()).containsExactly("1 lesson checked: it is fine.");
    }

    @Test
    void broken_lessons_fail_with_a_summary() {
        int exit = check(BROKEN.toString());

        assertThat(exit).isEqualTo(CheckCommand.PROBLEMS);
        assertThat(printed()).last().isEqualTo("14 lessons checked: 14 with problems (47 problems).");
    }

    static Stream<Arguments> brokenLessons() {
        return Stream.of(
                // a folder name that cannot be an id
                Arguments.of("Tiny_Lesson", List.of(
                        "Tiny_Lesson: The folder name \"Tiny_Lesson\" cannot be a lesson id: use lowercase letters, digits and hyphens, such as 100-days-from-tuesday.")),
                // a missing comma
                Arguments.of("bad-json", List.of(
                        "bad-json/next-day.exercise.json:7: This is not valid JSON: a comma is missing between two entries, on this line or at the end of the line before.")),
                // a generated case with a day that does not exist
                Arguments.of("bad-setup", List.of(
                        "bad-setup/next-day.exercise.json:14: cases[1] \"Every day (startDay = Funday)\": setup.startDay: \"Funday\" is not a day of the week (Monday … Sunday)")),
                // a title with ": " that is not quoted
                Arguments.of("bad-yaml", List.of(
                        "bad-yaml/lesson.md:3: The front matter is not valid YAML: mapping values are not allowed here. A text that contains \": \" must be put in quotes, e.g. title: \"Time: a puzzle\".")),
                // id not the file name, title without English, unknown and duplicate toolbox blocks, start blocks and solution outside the toolbox, an unknown key, one hint only
                Arguments.of("exercise-content", List.of(
                        "exercise-content/next-day.exercise.json:2: The id \"next\" must be the file name without .exercise.json: \"next-day\".",
                        "exercise-content/next-day.exercise.json:4: title: the English text (\"en\") is missing; it is shown when no translation fits.",
                        "exercise-content/next-day.exercise.json:6: toolbox[1]: \"calendar_fly\" is not a block of the calendar world or a standard block. The calendar world's blocks are calendar_answer, calendar_day_is, calendar_days_in_week, calendar_next_day, calendar_number_of_days.",
                        "exercise-content/next-day.exercise.json:6: toolbox[2]: \"calendar_next_day\" is in the toolbox twice.",
                        "exercise-content/next-day.exercise.json:8: startBlocks: uses the block \"calendar_answer\", which is not in the toolbox, so students could not run their program. Add it to the toolbox or leave it out of the startBlocks.",
                        "exercise-content/next-day.exercise.json:10: \"hint\" is not a key of an exercise. The keys are blockLimit, cases, hints, id, instructions, solution, startBlocks, stepBudget, title, toolbox, world.",
                        "exercise-content/next-day.exercise.json:12: hints: an exercise needs a list of at least 2 hints, from a nudge to nearly the answer.",
                        "exercise-content/next-day.exercise.json:21: solution: uses the block \"calendar_answer\", which is not in the toolbox, so students could not build this solution. Add it to the toolbox or leave it out of the solution.")),
                // a listed exercise without file, one listed twice, a file not listed, a file that is not part of a lesson
                Arguments.of("exercise-links", List.of(
                        "exercise-links/notes.txt: This file is not part of a lesson. A lesson folder holds lesson.md, its translations lesson.<language>.md and one <exercise id>.exercise.json per exercise.",
                        "exercise-links/lesson.md:12: The exercise \"next-week\" is listed, but there is no file next-week.exercise.json in the lesson folder.",
                        "exercise-links/lesson.md:12: The exercise \"next-day\" is listed twice.",
                        "exercise-links/spare.exercise.json: This exercise is not listed under \"exercises:\" in lesson.md (line 12), so students would never see it. Add \"spare\" to that list, or remove the file.")),
                // wrong id, unknown key, ages out of range, duration not a number, unknown subject, no pillar, a curriculum link without source, missing summary
                Arguments.of("front-matter", List.of(
                        "front-matter/lesson.md:2: The id \"frontmatter\" must be the folder's name, \"front-matter\".",
                        "front-matter/lesson.md:4: \"author\" is not a detail a lesson file has here. The details are id, title, summary, ages, duration, subjects, pillars, curriculum, exercises.",
                        "front-matter/lesson.md:5: \"ages\" must be from 6 to 18, the youngest first: [5, 12] is not.",
                        "front-matter/lesson.md:6: \"duration\" must be a whole number, such as 45.",
                        "front-matter/lesson.md:7: \"cooking\" is not one of the subjects: maths, language, science, geography, social-studies, art, music, everyday-life, computing.",
                        "front-matter/lesson.md:8: \"pillars\" needs at least one, such as [decomposition, pattern-recognition].",
                        "front-matter/lesson.md:10: A curriculum link needs its \"code:\" (such as 1B-AP-10) and its \"source:\" (which standard, such as CSTA K-12 Computer Science Standards (2017)).",
                        "front-matter/lesson.md:11: \"standard\" is not part of a curriculum link; it has code, source and text.",
                        "front-matter/lesson.md:13: The front matter has no \"summary:\", which every lesson needs.")),
                // no front matter at all
                Arguments.of("no-front-matter", List.of(
                        "no-front-matter/lesson.md:1: The file must start with its front matter: a line with three hyphens (---), the details (title: …, summary: …), and another line with three hyphens.")),
                // sections out of order, a question without answer, an empty section; a heading inside a code fence is not a heading
                Arguments.of("section-order", List.of(
                        "section-order/lesson.md:19: The section {#problem} must come before {#decompose} (line 15). The order is {#problem}, {#decompose}, {#pattern}, {#abstract}, {#algorithm}, {#try-it}, {#reflect}, {#unplugged}, {#teacher-notes}.",
                        "section-order/lesson.md:47: The question \"What comes after Saturday?\" has no answer below it; students reveal the answer after thinking.",
                        "section-order/lesson.md:53: The section {#unplugged} is empty.")),
                // text before the first section, a missing section, a duplicate, an unknown id, a heading without id
                Arguments.of("sections", List.of(
                        "sections/lesson.md:15: This text comes before the first section heading, so it would never be shown. Put it inside a section.",
                        "sections/lesson.md:29: The section {#abstract} is missing; every lesson has all nine sections. Add it before {#algorithm} on line 29, e.g. \"## Abstract {#abstract}\".",
                        "sections/lesson.md:33: The section {#pattern} appears twice (first on line 25).",
                        "sections/lesson.md:41: {#summary} is not a section id. The ids are {#problem}, {#decompose}, {#pattern}, {#abstract}, {#algorithm}, {#try-it}, {#reflect}, {#unplugged}, {#teacher-notes}.",
                        "sections/lesson.md:53: A section heading needs the section's id in braces at its end, such as \"## The problem {#problem}\". The ids are {#problem}, {#decompose}, {#pattern}, {#abstract}, {#algorithm}, {#try-it}, {#reflect}, {#unplugged}, {#teacher-notes}.",
                        "sections/lesson.md:57: The section {#unplugged} is missing; every lesson has all nine sections. Add it before {#teacher-notes} on line 57, e.g. \"## Unplugged {#unplugged}\".")),
                // a reference solution that fails cases and the block limit; an exercise without a solution
                Arguments.of("solutions", List.of(
                        "solutions/next-day.exercise.json:7: The reference solution uses 3 blocks, more than the block limit of 1, so no student could pass with it.",
                        "solutions/next-day.exercise.json:13: The reference solution fails the case \"From Sunday\" (failure): Starting on Sunday, 1 day later is Monday, but your program said Tuesday.",
                        "solutions/next-day.exercise.json:14: The reference solution fails the case \"Every day (startDay = Monday)\" (failure): Starting on Monday, 1 day later is Tuesday, but your program said Wednesday.",
                        "solutions/next-day.exercise.json:14: The reference solution fails the case \"Every day (startDay = Friday)\" (failure): Starting on Friday, 1 day later is Saturday, but your program said Sunday.",
                        "solutions/no-solution.exercise.json: The exercise has no reference solution (\"solution\"). A built-in lesson needs one for every exercise, and it must pass every case.")),
                // a translation with a detail it may not have, an unknown and a duplicate section; lesson.en.md; a bad language code
                Arguments.of("translations", List.of(
                        "translations/lesson.en.md: English is written in lesson.md; remove lesson.en.md or merge it into lesson.md.",
                        "translations/lesson.es_MX.md: \"es_MX\" is not a language code; a translation is named lesson.<code>.md, such as lesson.es.md or lesson.pt-BR.md.",
                        "translations/lesson.es.md:3: \"ages\" is not a detail a lesson file has here. A translation's front matter has only title and summary; everything else comes from lesson.md.",
                        "translations/lesson.es.md:10: {#summary} is not a section id. The ids are {#problem}, {#decompose}, {#pattern}, {#abstract}, {#algorithm}, {#try-it}, {#reflect}, {#unplugged}, {#teacher-notes}.",
                        "translations/lesson.es.md:14: The section {#problem} appears twice (first on line 6).")),
                // a solution block no world knows
                Arguments.of("unknown-block", List.of(
                        "unknown-block/next-day.exercise.json:18: solution, block \"answer\": This block is not known here: \"calendar_shout\".")),
                // a world that does not exist
                Arguments.of("unknown-world", List.of(
                        "unknown-world/next-day.exercise.json:3: \"kitchen\" is not a world. The worlds are calendar, building, pattern, sorting, answer.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLessons")
    void each_problem_is_one_line_naming_the_file_the_line_and_what_is_wrong(String folder, List<String> expected) {
        check(BROKEN.toString());

        assertThat(printed()).filteredOn(line -> line.startsWith(folder + "/") || line.startsWith(folder + ":"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void a_missing_folder_is_an_error_not_a_pass() {
        int exit = check(dir.resolve("nowhere").toString());

        assertThat(exit).isEqualTo(CheckCommand.PROBLEMS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a folder");
    }

    @Test
    void a_folder_without_lessons_is_an_error_not_a_pass() throws IOException {
        Files.writeString(dir.resolve("README.md"), "no lessons here");

        int exit = check(dir.toString());

        assertThat(exit).isEqualTo(CheckCommand.PROBLEMS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no lesson folders in");
    }
}

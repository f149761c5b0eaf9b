package org.stepwise.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Section;
import org.stepwise.live.LiveBus;
import org.stepwise.presentation.StudentPresentations.LiveQuestion;

/**
 * Presentations against the real database: sections, a program stepped from two windows, a
 * question answered by the class and revealed, who may do what, and the live bus telling windows.
 */
@SpringBootTest
class PresentationsIT {

    static final LessonId ROOM = new LessonId("find-the-room");

    @Autowired
    ClassFixture fixture;
    @Autowired
    Presentations presentations;
    @Autowired
    StudentPresentations students;
    @Autowired
    LiveBus bus;

    @BeforeEach
    void aClass() {
        fixture.setUp(false);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_presentation_moves_through_the_students_sections_and_never_shows_the_teacher_notes() {
        Presentation p = presentations.start(ROOM, fixture.fourB.id());
        assertThat(p.section()).isEqualTo(Section.PROBLEM);
        assertThat(presentations.previous(p.id()).section()).isEqualTo(Section.PROBLEM);
        assertThat(presentations.next(p.id()).section()).isEqualTo(Section.DECOMPOSE);
        Presentation last = presentations.show(p.id(), Section.UNPLUGGED);
        assertThat(presentations.next(p.id()).section()).isEqualTo(Section.UNPLUGGED); // stays at the last
        assertThat(last.version()).isGreaterThan(p.version());
        assertThatThrownBy(() -> presentations.show(p.id(), Section.TEACHER_NOTES)).isInstanceOf(IllegalArgumentException.class);
        assertThat(presentations.toggleBlank(p.id()).blank()).isTrue();
        assertThat(presentations.toggleBlank(p.id()).blank()).isFalse();
        assertThat(presentations.running()).extracting(Presentation::id).containsExactly(p.id());
        presentations.end(p.id());
        assertThat(presentations.running()).isEmpty();
        assertThatThrownBy(() -> presentations.next(p.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_class_follows_one_presentation_at_a_time() {
        Presentation first = presentations.start(ROOM, fixture.fourB.id());
        Presentation second = presentations.start(new LessonId("100-days-from-tuesday"), fixture.fourB.id());
        assertThat(presentations.find(first.id())).hasValueSatisfying(p -> assertThat(p.ended()).isTrue());
        assertThat(presentations.running()).extracting(Presentation::id).containsExactly(second.id());
        fixture.as(fixture.fourB, fixture.ana, () -> assertThat(students.current(Locale.ENGLISH)).hasValueSatisfying(live -> {
            assertThat(live.id()).isEqualTo(second.id());
            assertThat(live.lesson().value()).isEqualTo("100-days-from-tuesday");
        }));
    }

    @Test
    void only_the_teacher_who_started_it_sees_or_drives_it_and_only_with_their_own_class() {
        Presentation p = presentations.start(ROOM, fixture.fourB.id());
        assertThatThrownBy(() -> presentations.start(ROOM, fixture.fiveC.id())).isInstanceOf(AccessDeniedException.class);
        fixture.signIn("okafor");
        assertThat(presentations.find(p.id())).isEmpty();
        assertThat(presentations.running()).isEmpty();
        assertThatThrownBy(() -> presentations.next(p.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> presentations.end(p.id())).isInstanceOf(AccessDeniedException.class);
        fixture.as(fixture.fourB, fixture.ana, () -> {
            assertThatThrownBy(() -> presentations.next(p.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> presentations.find(p.id())).isInstanceOf(AccessDeniedException.class);
        });
        fixture.as(fixture.fiveC, fixture.eve, () -> assertThat(students.current(Locale.ENGLISH)).isEmpty());
    }

    @Test
    void two_windows_stepping_at_once_move_two_steps_within_the_run() {
        Presentation p = presentations.start(ROOM, fixture.fourB.id());
        Presentation on = presentations.showProgram(p.id(), "turn-the-corner", null, 0);
        assertThat(on.program()).isEqualTo(new ProgramOnScreen("turn-the-corner", null, 0, -1));
        presentations.step(p.id(), 1, 5); // the presenter's window
        Presentation twice = presentations.step(p.id(), 1, 5); // the big screen's clicker, at the same moment
        assertThat(twice.program().position()).isEqualTo(1);
        assertThat(presentations.stepTo(p.id(), 99).program().position()).isEqualTo(99);
        assertThat(presentations.step(p.id(), 1, 5).program().position()).isEqualTo(5); // never past the last step
        assertThat(presentations.step(p.id(), -10, 5).program().position()).isEqualTo(-1);
        assertThat(presentations.programOf(twice, twice.program())).hasValueSatisfying(json -> assertThat(json).contains("blocks"));
        assertThatThrownBy(() -> presentations.showProgram(p.id(), "no-such-exercise", null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> presentations.showProgram(p.id(), "turn-the-corner", fixture.ana.student(), 0))
                .isInstanceOf(IllegalArgumentException.class); // Ana has saved nothing
        assertThat(presentations.hideProgram(p.id()).program()).isNull();
    }

    @Test
    void the_class_answers_a_question_and_sees_the_right_answer_only_after_the_reveal() {
        Presentation p = presentations.start(ROOM, fixture.fourB.id());
        presentations.showProgram(p.id(), "turn-the-corner", null, 0);
        presentations.step(p.id(), 1, 10);
        Presentation asked = presentations.ask(p.id(), Question.Draft.blocks(List.of("move forward", "turn left", "turn right"), 1));
        int number = asked.question().number();
        fixture.as(fixture.fourB, fixture.ana, () -> {
            LiveQuestion q = students.current(Locale.ENGLISH).orElseThrow().question();
            assertThat(q.choices()).containsExactly("move forward", "turn left", "turn right");
            assertThat(q.correct()).isNull();
            assertThat(q.tally()).isEmpty();
            assertThat(students.answer(p.id(), number, 0)).isTrue();
            assertThat(students.answer(p.id(), number, 1)).isTrue(); // changed her mind
            assertThat(students.current(Locale.ENGLISH).orElseThrow().question().mine()).isEqualTo(1);
            assertThatThrownBy(() -> students.answer(p.id(), number, 3)).isInstanceOf(IllegalArgumentException.class);
        });
        fixture.as(fixture.fourB, fixture.ben, () -> students.answer(p.id(), number, 0));
        fixture.as(fixture.fourB, fixture.cai, () -> students.answer(p.id(), number, 1));
        fixture.as(fixture.fiveC, fixture.eve, () -> assertThat(students.answer(p.id(), number, 0)).isFalse()); // not her class
        assertThat(presentations.tally(p.id()).counts()).containsExactly(1, 2, 0);

        presentations.reveal(p.id());
        fixture.as(fixture.fourB, fixture.ben, () -> {
            LiveQuestion q = students.current(Locale.ENGLISH).orElseThrow().question();
            assertThat(q.revealed()).isTrue();
            assertThat(q.correct()).isEqualTo(1);
            assertThat(q.mine()).isEqualTo(0);
            assertThat(q.tally()).containsExactly(1, 2, 0);
            assertThat(students.answer(p.id(), number, 1)).isFalse(); // too late
        });
        assertThat(presentations.tally(p.id()).answered()).isEqualTo(3);
        assertThat(presentations.step(p.id(), 1, 10).question()).isNull(); // stepping on closes the question
    }

    @Test
    void a_student_reads_the_choices_in_the_language_of_their_page_when_they_were_made_in_it() {
        Presentation p = presentations.start(ROOM, fixture.fourB.id());
        presentations.showProgram(p.id(), "turn-the-corner", null, 0);
        presentations.ask(p.id(), Question.Draft.blocks(List.of("walk forward", "turn left"), 0).in("es", List.of("avanza", "gira a la izquierda")));
        fixture.as(fixture.fourB, fixture.ana, () -> {
            assertThat(students.current(Locale.ENGLISH).orElseThrow().question().choices()).containsExactly("walk forward", "turn left");
            assertThat(students.current(Locale.forLanguageTag("es-ES")).orElseThrow().question().choices())
                    .containsExactly("avanza", "gira a la izquierda");
            assertThat(students.current(Locale.FRENCH).orElseThrow().question().choices()).containsExactly("walk forward", "turn left");
        });
        assertThatThrownBy(() -> Question.Draft.blocks(List.of("a", "b"), 0).in("es", List.of("a")).number(1, 0))
                .isInstanceOf(IllegalArgumentException.class); // a translation must have every choice
    }

    @Test
    void a_question_needs_a_class_to_answer_it() {
        Presentation p = presentations.start(ROOM, null);
        presentations.showProgram(p.id(), "turn-the-corner", null, 0);
        assertThatThrownBy(() -> presentations.ask(p.id(), Question.Draft.blocks(List.of("a", "b"), 0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_change_is_announced_to_the_windows_and_to_the_class() throws Exception {
        Presentation p = presentations.start(ROOM, fixture.fourB.id());
        BlockingQueue<String> windows = new LinkedBlockingQueue<>();
        BlockingQueue<String> classPages = new LinkedBlockingQueue<>();
        try (AutoCloseable a = bus.subscribe(Presentations.topic(p.id()), windows::add);
                AutoCloseable b = bus.subscribe(Presentations.classTopic(fixture.fourB.id()), classPages::add)) {
            Presentation next = presentations.next(p.id());
            String expected = "{\"version\":" + next.version() + "}";
            assertThat(receive(windows, expected)).as("the windows' topic").isTrue();
            assertThat(receive(classPages, expected)).as("the class's topic").isTrue();

            // a program's steps are for the windows only: students' pages show nothing of them
            presentations.showProgram(p.id(), "turn-the-corner", null, 0);
            classPages.clear();
            Presentation stepped = presentations.step(p.id(), 1, 10);
            assertThat(receive(windows, "{\"version\":" + stepped.version() + "}")).as("a step on the windows' topic").isTrue();
            Presentation asked = presentations.ask(p.id(), Question.Draft.blocks(List.of("a", "b"), 0));
            List<String> seen = new java.util.ArrayList<>();
            assertThat(receive(classPages, "{\"version\":" + asked.version() + "}", seen)).as("a question on the class's topic").isTrue();
            assertThat(seen).as("the step never reached the class's topic").doesNotContain("{\"version\":" + stepped.version() + "}");
        }
    }

    /** Whether the message arrives within 5 s (the start's own message may come first). */
    private static boolean receive(BlockingQueue<String> queue, String expected) throws InterruptedException {
        return receive(queue, expected, new java.util.ArrayList<>());
    }

    /** Like {@link #receive(BlockingQueue, String)}, keeping every message taken on the way in {@code seen}. */
    private static boolean receive(BlockingQueue<String> queue, String expected, List<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String message = queue.poll(100, TimeUnit.MILLISECONDS);
            if (message != null) {
                seen.add(message);
            }
            if (expected.equals(message)) {
                return true;
            }
        }
        return false;
    }
}

package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.classroom.ui.ClassFixture.COUNTING;
import static org.stepwise.classroom.ui.ClassFixture.REMAINDER;
import static org.stepwise.classroom.ui.ClassFixture.program;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.base.ui.NotFoundView;
import org.stepwise.blockly.BlocklyWorkspace;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.stage.WorldStage;

/** A teacher looks at a student's latest program, read-only, and steps through it; nobody else's. */
@SpringBootTest
class StudentProgramViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassFixture fixture;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_teacher_sees_the_students_latest_program_read_only_and_steps_through_it() throws Exception {
        fixture.setUp(true);
        String first = program("off-by-one.workspace.json");
        String latest = program("remainder.workspace.json");
        fixture.as(fixture.fourB, fixture.ana, () -> {
            fixture.save(REMAINDER, first);
            fixture.save(REMAINDER, latest);
        });

        navigate(path(fixture.fourB, fixture.ana, REMAINDER), StudentProgramView.class);
        BlocklyWorkspace workspace = $(BlocklyWorkspace.class).id("workspace");
        WorldStage stage = $(WorldStage.class).id("stage");
        Span position = $(Span.class).id("position");

        assertThat($(H1.class).id("program-heading").getText()).isEqualTo("Ana: Use the remainder");
        assertThat(workspace.getWorkspace()).isEqualTo(latest);
        assertThat(workspace.isEditable()).isFalse();
        assertThat(position.getText()).isEqualTo("Ready: this is how the case starts.");
        String start = stage.getStateJson();
        assertThat($(Button.class).id("step-back").isEnabled()).isFalse();

        click("step");

        assertThat(position.getText()).startsWith("Step 1 of ");
        assertThat(workspace.getHighlighted()).isPresent();
        assertThat($(OrderedList.class).id("step-log").getComponentCount()).isEqualTo(1);
        assertThat($(Button.class).id("step-back").isEnabled()).isTrue();
        for (int i = 0; i < 50 && $(Button.class).id("step").isEnabled(); i++) {
            click("step");
        }
        assertThat(stage.getStateJson()).isNotEqualTo(start);
        assertThat($(Span.class).id("step-live").getText()).startsWith("The end.");

        click("reset");

        assertThat(position.getText()).isEqualTo("Ready: this is how the case starts.");
        assertThat(stage.getStateJson()).isEqualTo(start);
        assertThat(workspace.isEditable()).isFalse(); // never editable, not even at the start
        assertThat(workspace.getWorkspace()).isEqualTo(latest);
    }

    @Test
    void a_student_who_saved_nothing_is_named_with_no_program_to_step_through() {
        fixture.setUp(true);

        navigate(path(fixture.fourB, fixture.cai, COUNTING), StudentProgramView.class);

        assertThat($(Paragraph.class).id("program-facts").getText())
                .isEqualTo("Cai has not saved a program for this exercise of 100 days from Tuesday yet.");
        assertThat($(BlocklyWorkspace.class).all()).isEmpty();
    }

    @Test
    void another_teachers_class_a_student_of_another_class_or_an_unknown_exercise_is_not_found() {
        fixture.setUp(true);
        fixture.as(fixture.fourB, fixture.ana, () -> fixture.save(REMAINDER, "{}"));
        fixture.as(fixture.fiveC, fixture.eve, () -> fixture.save(REMAINDER, "{}"));

        fixture.signIn("okafor");
        navigate(path(fixture.fourB, fixture.ana, REMAINDER), NotFoundView.class);
        navigate(path(fixture.fourB, fixture.eve, REMAINDER), NotFoundView.class); // his own student, in another class's address

        fixture.signIn("rivera");
        navigate(path(fixture.fourB, fixture.eve, REMAINDER), NotFoundView.class);
        navigate(path(fixture.fiveC, fixture.eve, REMAINDER), NotFoundView.class);
        navigate(path(fixture.fourB, fixture.ana, new ExerciseKey("100-days-from-tuesday", "no-such-exercise")), NotFoundView.class);
        navigate("teacher/classes/not-a-class/students/" + fixture.ana.student() + "/100-days-from-tuesday/use-the-remainder",
                NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private static String path(SchoolClass schoolClass, StudentSecret student, ExerciseKey exercise) {
        return "teacher/classes/" + schoolClass.id() + "/students/" + student.student() + "/" + exercise.lessonId() + "/" + exercise.exerciseId();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }
}

package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.classroom.ui.ClassFixture.COUNTING;
import static org.stepwise.classroom.ui.ClassFixture.REMAINDER;
import static org.stepwise.classroom.ui.ClassFixture.program;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.security.AccountId;

/** The progress panel as a teacher reads it: a real table, states in words, links to programs, failing cases, downloads. */
@SpringBootTest
class ProgressPanelTest extends SpringBrowserlessTest {

    @Autowired
    ClassFixture fixture;

    private String right;
    private String wrong;

    @BeforeEach
    void aClass() throws Exception {
        right = program("remainder.workspace.json");
        wrong = program("off-by-one.workspace.json");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_grid_is_a_table_of_students_by_exercises_with_each_state_in_words_and_links_to_started_programs() {
        fixture.setUp(true);
        fixture.as(fixture.fourB, fixture.ana, () -> {
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, right, 2);
        });
        fixture.as(fixture.fourB, fixture.ben, () -> fixture.save(COUNTING, right));

        navigate("test/progress/" + fixture.fourB.id(), ProgressPanelTestView.class);

        NativeTable table = $(NativeTable.class).id("progress-grid");
        List<NativeTableHeaderCell> columns = table.getHead().getRows().getFirst().getHeaderCells();
        assertThat(columns).allSatisfy(th -> assertThat(th.getElement().getAttribute("scope")).isEqualTo("col"));
        assertThat(columns).extracting(th -> th.getElement().getTextRecursively())
                .containsExactly("Student", "Count day by day100 days from Tuesday", "Use the remainder100 days from Tuesday");
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).extracting(r -> r.getHeaderCells().getFirst().getText()).containsExactly("Ana", "Ben", "Cai");
        assertThat(rows).allSatisfy(r -> assertThat(r.getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row"));

        NativeTableCell solved = cell(fixture.ana.student(), REMAINDER);
        assertThat(solved.getElement().getTextRecursively()).isEqualTo(ProgressPanel.SOLVED + "solved (2 tries), hints used");
        assertThat(solved.getElement().getAttribute("data-state")).isEqualTo("solved");
        RouterLink link = (RouterLink) solved.getChildren().findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("teacher/classes/" + fixture.fourB.id() + "/students/" + fixture.ana.student()
                + "/100-days-from-tuesday/use-the-remainder");
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Open the program of Ana for Use the remainder: solved (2 tries), hints used");

        NativeTableCell started = cell(fixture.ben.student(), COUNTING);
        assertThat(started.getElement().getTextRecursively()).isEqualTo(ProgressPanel.IN_PROGRESS + "in progress");
        assertThat(started.getChildren().findFirst()).containsInstanceOf(RouterLink.class);

        NativeTableCell notStarted = cell(fixture.cai.student(), REMAINDER);
        assertThat(notStarted.getElement().getTextRecursively()).isEqualTo(ProgressPanel.NOT_STARTED + "not started");
        assertThat(notStarted.getChildren().findFirst()).get().isNotInstanceOf(RouterLink.class);
    }

    @Test
    void the_cases_the_class_fails_most_say_how_many_students_fail_each() {
        fixture.setUp(true);
        fixture.as(fixture.fourB, fixture.ana, () -> fixture.check(REMAINDER, right, 0));
        fixture.as(fixture.fourB, fixture.ben, () -> fixture.check(REMAINDER, wrong, 0));
        fixture.as(fixture.fourB, fixture.cai, () -> fixture.check(REMAINDER, wrong, 0));

        navigate("test/progress/" + fixture.fourB.id(), ProgressPanelTestView.class);

        Div failing = $(Div.class).id("failing-cases");
        UnorderedList cases = $(UnorderedList.class).id("failing-100-days-from-tuesday-use-the-remainder");
        assertThat(failing.getElement().getTextRecursively()).contains("Use the remainder (100 days from Tuesday)");
        assertThat(cases.getChildren().count()).isBetween(1L, (long) ProgressPanel.FAILING_CASES_SHOWN);
        assertThat(cases.getElement().getTextRecursively()).contains("case: 2 of 3 students fail it");
    }

    @Test
    void a_class_without_assignments_says_so_instead_of_an_empty_table() {
        fixture.setUp(false);

        navigate("test/progress/" + fixture.fourB.id(), ProgressPanelTestView.class);

        assertThat($(NativeTable.class).all()).isEmpty();
        assertThat($(Paragraph.class).id("progress-empty").getText()).startsWith("Nothing is assigned to this class yet.");
    }

    @Test
    void the_downloads_are_links_that_give_the_class_data_as_csv_and_json_named_after_the_class() {
        fixture.setUp(true);
        fixture.as(fixture.fourB, fixture.ana, () -> fixture.check(REMAINDER, right, 1));

        navigate("test/progress/" + fixture.fourB.id(), ProgressPanelTestView.class);

        Anchor csvLink = $(Anchor.class).id("export-csv");
        assertThat(csvLink.getElement().hasAttribute("download")).isTrue();
        assertThat(csvLink.getElement().getTextRecursively()).isEqualTo("Download as CSV");
        assertThat($(Anchor.class).id("export-json").getElement().hasAttribute("download")).isTrue();
        ProgressPanel panel = $(ProgressPanel.class).single();

        DownloadResponse csv = panel.csvResponse();
        assertThat(csv.getFileName()).isEqualTo("4B-stepwise.csv");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(read(csv)).contains("\r\nAna,100-days-from-tuesday,use-the-remainder,");
        DownloadResponse json = panel.jsonResponse();
        assertThat(json.getFileName()).isEqualTo("4B-stepwise.json");
        assertThat(read(json)).contains("\"name\" : \"Ana\"");

        fixture.signIn("okafor"); // the page stays open while another teacher signs in on this browser
        assertThat(panel.csvResponse().hasError()).isTrue();
    }

    @Test
    void a_file_name_keeps_the_class_names_letters_and_digits() {
        assertThat(ProgressPanel.fileName("4B maths / Inés", ".csv")).isEqualTo("4B-maths-Inés-stepwise.csv");
        assertThat(ProgressPanel.fileName("../..", ".json")).isEqualTo("class-stepwise.json");
    }

    private NativeTableCell cell(AccountId student, ExerciseKey exercise) {
        return $(NativeTableCell.class).id("progress-cell-" + student + "-" + exercise.lessonId() + "-" + exercise.exerciseId());
    }

    private static String read(DownloadResponse response) {
        try (var in = response.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

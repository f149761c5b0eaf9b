package org.stepwise.exercise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.blockly.WorkspaceChangeEvent;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.StudentWork;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/** The exercise view's logic without a browser: saving, stepping, checking, what students may watch. */
@SpringBootTest
class ExerciseViewTest extends SpringBrowserlessTest {

    private static final String EXERCISE = "lessons/100-days-from-tuesday/count-day-by-day";
    private static final Path GRADING = Path.of("src/test/resources/grading");
    private static final ExerciseKey KEY = new ExerciseKey("100-days-from-tuesday", "count-day-by-day");
    private static final String IN_THIS_TAB = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"calendar_answer\",\"id\":\"this\"}]}}";
    private static final String IN_THE_OTHER_TAB = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"calendar_next_day\",\"id\":\"other\"}]}}";

    private static final String HUNDRED_TIMES = """
            {"blocks": {"languageVersion": 0, "blocks": [{"type": "controls_repeat_ext", "id": "loop", "x": 20, "y": 20,
              "inputs": {"TIMES": {"block": {"type": "math_number", "id": "hundred", "fields": {"NUM": 100}}},
                         "DO": {"block": {"type": "calendar_next_day", "id": "next"}}},
              "next": {"block": {"type": "calendar_answer", "id": "answer"}}}]}}
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    StudentWork work;

    @BeforeEach
    void noAccounts() {
        jdbc.sql("delete from account").update();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAsStudent() {
        accounts.signUpTeacher(new SignUpRequest("Ana", "ana", "correct horse battery", "correct horse battery"));
        UserDetails user = userDetails.loadUserByUsername("ana");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String program(String file) throws Exception {
        return Files.readString(GRADING.resolve(file));
    }

    /** What the browser sends after an edit. */
    private static void edit(ExerciseView view, String json, int blocks) {
        ComponentUtil.fireEvent(view.workspace, new WorkspaceChangeEvent(view.workspace, true, json, blocks));
    }

    private void click(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    @Test
    void a_signed_in_students_program_is_saved_as_they_edit_and_is_there_when_they_come_back() throws Exception {
        signInAsStudent();
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        String dayByDay = program("day-by-day.workspace.json");

        edit(view, dayByDay, 4);

        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(jdbc.sql("select workspace from saved_workspace").query(String.class).single()).isEqualTo(dayByDay);
        ExerciseView again = navigate(EXERCISE, ExerciseView.class);
        assertThat(again.workspace.getWorkspace()).isEqualTo(dayByDay);
    }

    @Test
    void when_saving_fails_the_student_is_told_and_the_save_is_tried_again_until_it_works() throws Exception {
        signInAsStudent();
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        jdbc.sql("alter table saved_workspace rename to saved_workspace_away").update(); // the database refuses the save
        try {
            edit(view, program("day-by-day.workspace.json"), 4);

            assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("failed");
            assertThat(view.saveStatus.getElement().getText()).isEqualTo("Not saved yet. Trying again in 5 seconds. Keep this page open.");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ExerciseView.RETRY_MILLIS);
        } finally {
            jdbc.sql("alter table saved_workspace_away rename to saved_workspace").update();
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(jdbc.sql("select count(*) from saved_workspace").query(Long.class).single()).isEqualTo(1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private String savedProgram() {
        return jdbc.sql("select workspace from saved_workspace").query(String.class).single();
    }

    /**
     * This view saved a program; then the same student, in another tab, saved another one over the
     * version they both started from; then this view saves again.
     */
    private ExerciseView conflictWithAnotherTab() throws Exception {
        signInAsStudent();
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        edit(view, program("day-by-day.workspace.json"), 4);
        long bothLoaded = work.load(KEY).orElseThrow().version();
        work.save(KEY, IN_THE_OTHER_TAB, bothLoaded); // the other tab
        edit(view, IN_THIS_TAB, 1);
        return view;
    }

    @Test
    void a_save_that_runs_into_one_from_another_tab_stops_saving_says_so_and_keeps_this_tabs_program() throws Exception {
        ExerciseView view = conflictWithAnotherTab();

        assertThat(view.conflictBanner.isShown()).isTrue();
        assertThat(view.conflictBanner.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.conflictBanner.getElement().getTextRecursively())
                .contains("This exercise was also changed in another tab or on another computer.")
                .contains("it is still here on the screen");
        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("conflict");
        assertThat(view.workspace.getWorkspace()).isEqualTo(IN_THIS_TAB); // nothing lost on screen
        assertThat(savedProgram()).isEqualTo(IN_THE_OTHER_TAB); // nor in the database

        String editedFurther = IN_THIS_TAB.replace("\"this\"", "\"this, edited\"");
        edit(view, editedFurther, 1);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(savedProgram()).isEqualTo(IN_THE_OTHER_TAB); // autosave has stopped until the student chooses
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1); // and it is not retried either
        assertThat(view.workspace.getWorkspace()).isEqualTo(editedFurther);
        assertThat(test(view.conflictBanner.keepThisOne).isUsable()).isTrue();
        assertThat(test(view.conflictBanner.loadTheOther).isUsable()).isTrue();
    }

    @Test
    void keeping_this_one_saves_this_tabs_program_over_the_other_and_saving_goes_on() throws Exception {
        ExerciseView view = conflictWithAnotherTab();

        click("keep-this-one");

        assertThat(savedProgram()).isEqualTo(IN_THIS_TAB);
        assertThat(view.conflictBanner.isShown()).isFalse();
        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("saved");
        String next = IN_THIS_TAB.replace("\"this\"", "\"this, later\"");
        edit(view, next, 1);
        assertThat(savedProgram()).isEqualTo(next);
        assertThat(view.conflictBanner.isShown()).isFalse();
    }

    @Test
    void loading_the_other_one_puts_the_other_tabs_program_here_and_saving_goes_on_from_it() throws Exception {
        ExerciseView view = conflictWithAnotherTab();

        click("load-the-other-one");

        assertThat(view.workspace.getWorkspace()).isEqualTo(IN_THE_OTHER_TAB);
        assertThat(savedProgram()).isEqualTo(IN_THE_OTHER_TAB);
        assertThat(view.conflictBanner.isShown()).isFalse();
        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("saved");
        String next = IN_THE_OTHER_TAB.replace("\"other\"", "\"other, edited here\"");
        edit(view, next, 1);
        assertThat(savedProgram()).isEqualTo(next);
        assertThat(view.conflictBanner.isShown()).isFalse();
    }

    @Test
    void when_the_other_tab_saved_the_very_same_program_there_is_nothing_to_choose() throws Exception {
        signInAsStudent();
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        edit(view, program("day-by-day.workspace.json"), 4);
        work.save(KEY, IN_THIS_TAB, work.load(KEY).orElseThrow().version());

        edit(view, IN_THIS_TAB, 1);

        assertThat(view.conflictBanner.isShown()).isFalse();
        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("saved");
        String next = IN_THIS_TAB.replace("\"this\"", "\"this, later\"");
        edit(view, next, 1);
        assertThat(savedProgram()).isEqualTo(next);
    }

    @Test
    void a_check_records_how_many_hints_the_student_had_opened_and_every_case() throws Exception {
        signInAsStudent();
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        edit(view, HUNDRED_TIMES, 5);

        click("check");
        click("show-hint");
        click("show-hint");
        click("check");

        assertThat(jdbc.sql("select hints_used from attempt order by id").query(Integer.class).list()).containsExactly(0, 2);
        assertThat(jdbc.sql("select seconds_spent from attempt").query(Integer.class).list()).allSatisfy(s -> assertThat(s).isBetween(0, 60));
        long cases = jdbc.sql("select cases_total from attempt order by id desc limit 1").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from attempt_case c join attempt a on a.id = c.attempt_id where a.hints_used = 2")
                .query(Long.class).single()).isEqualTo(cases).isGreaterThan(3);
        assertThat(jdbc.sql("select case_name from attempt_case where position = 0 limit 1").query(String.class).single())
                .isEqualTo("From Tuesday, 100 days");
    }

    @Test
    void an_anonymous_visitors_work_stays_in_the_browser_and_nothing_is_stored() throws Exception {
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);

        edit(view, program("day-by-day.workspace.json"), 4);

        assertThat(view.workspace.getLocalStorageKey()).contains("stepwise:100-days-from-tuesday/count-day-by-day");
        assertThat(view.saveStatus.getElement().getAttribute("data-state")).isEqualTo("in_browser");
        assertThat(jdbc.sql("select count(*) from saved_workspace").query(Long.class).single()).isZero();
    }

    @Test
    void each_step_highlights_its_block_redraws_the_world_and_adds_a_line_to_the_log() throws Exception {
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        edit(view, program("day-by-day.workspace.json"), 4);
        assertThat(view.stage.getDescription()).isEqualTo("The wheel shows Tuesday. You have not turned it yet.");

        click("step");
        click("step");

        assertThat(view.workspace.getHighlighted()).contains("next");
        assertThat(view.stage.getDescription()).isEqualTo("The wheel shows Wednesday. You have turned it forward 1 day.");
        assertThat(view.position.getText()).isEqualTo("Step 2 of 102");
        assertThat(view.log.getContent().getChildren().flatMap(c -> c.getChildren()).filter(ListItem.class::isInstance).count()).isEqualTo(2);
        assertThat(view.workspace.isEditable()).isFalse(); // no editing in the middle of watching

        click("step-back");
        assertThat(view.position.getText()).isEqualTo("Step 1 of 102");
        click("reset");
        assertThat(view.workspace.getHighlighted()).isEmpty();
        assertThat(view.workspace.isEditable()).isTrue();
    }

    @Test
    void a_program_that_cannot_run_says_why_and_points_at_the_block() {
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        edit(view, "{\"blocks\":{\"blocks\":[{\"type\":\"calendar_next_day\",\"id\":\"next\",\"next\":{\"block\":"
                + "{\"type\":\"turtle_fly\",\"id\":\"bad\"}}}]}}", 2);

        click("step");

        assertThat(view.programProblem.isVisible()).isTrue();
        assertThat(view.programProblem.getText()).isEqualTo("This block is not known here: \"turtle_fly\".");
        assertThat(view.workspace.getHighlighted()).contains("bad");
    }

    @Test
    void only_visible_cases_can_be_chosen_to_watch() {
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);

        assertThat(view.caseSelect.getListDataView().getItems().map(i -> view.caseSelect.getItemLabelGenerator().apply(i)))
                .containsExactly("From Tuesday, 100 days", "From Saturday, 3 days", "From Friday, 0 days");
    }

    @Test
    void checking_shows_every_visible_case_in_arrange_act_assert_words_and_counts_the_hidden_ones() throws Exception {
        ExerciseView view = navigate(EXERCISE, ExerciseView.class);
        edit(view, HUNDRED_TIMES, 5); // counts 100 days whatever the case says

        click("check");

        String results = view.results.getElement().getTextRecursively();
        assertThat(results).contains("Arrange: Start on Tuesday and count 100 days.")
                .contains("Passed: From Tuesday, 100 days")
                .contains("Assert: Starting on Saturday, 3 days later is Tuesday, but your program said Monday.")
                .contains("hidden cases passed.");
    }

    @Test
    void an_unknown_exercise_is_a_page_not_found() {
        navigate("lessons/100-days-from-tuesday/no-such-exercise", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ExerciseView.class);
    }
}

package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.ClassJoin;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.JoinOutcome;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.ui.LoginView;

@SpringBootTest
class AssignmentViewsTest extends SpringBrowserlessTest {

    private static final LessonId ROOM = new LessonId("find-the-room");
    private static final LessonId STORM = new LessonId("how-far-is-the-storm");
    private static final LessonId HUNDRED_DAYS = new LessonId("100-days-from-tuesday");
    private static final LessonId DICTIONARY = new LessonId("dictionary-order");
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Classrooms classrooms;
    @Autowired
    ClassJoin join;
    @Autowired
    Assignments assignments;
    @Autowired
    LessonCatalog catalog;

    private SchoolClass fourB;
    private StudentSecret ana;

    @BeforeEach
    void aClassWithAStudent() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        signIn("rivera");
        fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        ana = classrooms.addStudents(fourB.id(), List.of("Ana"), Locale.ENGLISH).getFirst();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_finds_a_lesson_by_typing_and_assigns_one_exercise_of_it_with_a_due_date() {
        LessonExercise signs = catalog.lesson(ROOM).orElseThrow().exercise("follow-the-signs").orElseThrow();
        int number = catalog.lesson(ROOM).orElseThrow().exercises().indexOf(signs) + 1;
        openPanel();
        assertThat($(Paragraph.class).id("no-assignments").getText()).isEqualTo("Nothing is assigned to this class yet. Pick a lesson below.");

        ComboBox<Lesson> lesson = comboBox("assign-lesson");
        test(lesson).setFilter("ROOM");
        assertThat(test(lesson).getSuggestions()).containsExactly("Find the room");
        test(lesson).selectItem("Find the room");
        Select<LessonExercise> exercise = select("assign-exercise");
        assertThat(exercise.getValue()).isNull();
        assertThat(exercise.getEmptySelectionCaption()).isEqualTo("The whole lesson");
        assertThat(test(exercise).getSuggestions()).hasSize(3).contains("Exercise " + number + ": Follow the signs");
        test(exercise).selectItem("Exercise " + number + ": Follow the signs");
        test($(DatePicker.class).id("assign-due")).setValue(TODAY.plusDays(3));
        test($(Button.class).id("assign-submit")).click();

        assertThat(assignments.forClass(fourB.id())).singleElement().satisfies(a -> {
            assertThat(a.lesson()).isEqualTo(ROOM);
            assertThat(a.exerciseId()).isEqualTo("follow-the-signs");
            assertThat(a.dueOn()).isEqualTo(TODAY.plusDays(3));
        });
        ListItem row = $(ListItem.class).id("assignment-find-the-room-follow-the-signs");
        assertThat(textOf(row)).contains("Find the room", "Exercise " + number + ": Follow the signs",
                "Due " + DueDates.format(TODAY.plusDays(3), Locale.ENGLISH));
        assertThat($(Paragraph.class).id("assignments-status").getText())
                .isEqualTo("Assigned: Find the room – Exercise " + number + ": Follow the signs");
        assertThat(lesson.getValue()).as("the form is ready for the next one").isNull();
        assertThat($(Paragraph.class).withId("no-assignments").exists()).isFalse();
    }

    @Test
    void problems_are_shown_at_their_field_and_nothing_is_assigned() {
        assignments.assign(fourB.id(), ROOM, null, null);
        openPanel();
        ComboBox<Lesson> lesson = comboBox("assign-lesson");

        test($(Button.class).id("assign-submit")).click();
        assertThat(lesson.isInvalid()).isTrue();
        assertThat(lesson.getErrorMessage()).isEqualTo("Pick a lesson to assign.");

        test(lesson).selectItem("Find the room");
        assertThat(lesson.isInvalid()).as("picking a lesson clears the error").isFalse();
        test($(Button.class).id("assign-submit")).click();

        assertThat(lesson.isInvalid()).isTrue();
        assertThat(lesson.getErrorMessage()).isEqualTo("This class already has this lesson. Pick one exercise of it, or another lesson.");
        assertThat(select("assign-exercise").isInvalid()).isFalse();
        assertThat(lesson.getValue().id()).as("what the teacher picked stays").isEqualTo(ROOM);
        assertThat(assignments.forClass(fourB.id())).hasSize(1);
    }

    @Test
    void a_teacher_takes_an_assignment_off_the_class() {
        assignments.assign(fourB.id(), ROOM, null, null);
        assignments.assign(fourB.id(), STORM, null, TODAY);
        openPanel();
        assertThat(rowIds()).containsExactly("assignment-how-far-is-the-storm", "assignment-find-the-room");

        Button remove = $(Button.class).id("assignment-find-the-room-remove");
        assertThat(remove.getAriaLabel()).hasValue("Remove Find the room");
        test(remove).click();

        assertThat(rowIds()).containsExactly("assignment-how-far-is-the-storm");
        assertThat(assignments.forClass(fourB.id())).extracting(Assignment::lesson).containsExactly(STORM);
        assertThat($(Paragraph.class).id("assignments-status").getText()).isEqualTo("Removed: Find the room");
    }

    @Test
    void a_due_date_changed_meanwhile_is_explained_and_the_date_the_teacher_picked_stays_until_saved_again() {
        Assignment room = assignments.assign(fourB.id(), ROOM, null, TODAY.plusDays(3));
        openPanel();
        assertThat($(Span.class).id("assignment-find-the-room-due-text").getText())
                .isEqualTo("Due " + DueDates.format(TODAY.plusDays(3), Locale.ENGLISH));

        test($(Button.class).id("assignment-find-the-room-change")).click();
        DatePicker newDue = $(DatePicker.class).id("assignment-find-the-room-new-due");
        assertThat(newDue.getValue()).isEqualTo(TODAY.plusDays(3));
        test(newDue).setValue(TODAY.plusDays(5));
        assignments.changeDueDate(fourB.id(), room.id(), room.version(), TODAY.plusDays(4)); // another tab
        test($(Button.class).id("assignment-find-the-room-save")).click();

        assertThat(newDue.isInvalid()).isTrue();
        assertThat(newDue.getErrorMessage()).isEqualTo("Someone else changed this due date meanwhile (now: Due "
                + DueDates.format(TODAY.plusDays(4), Locale.ENGLISH) + "). Your date is still here: save again to use it.");
        assertThat(newDue.getValue()).isEqualTo(TODAY.plusDays(5));
        assertThat($(Span.class).id("assignment-find-the-room-due-text").getText())
                .isEqualTo("Due " + DueDates.format(TODAY.plusDays(4), Locale.ENGLISH));

        test($(Button.class).id("assignment-find-the-room-save")).click();

        assertThat(assignments.forClass(fourB.id())).singleElement().extracting(Assignment::dueOn).isEqualTo(TODAY.plusDays(5));
        assertThat($(DatePicker.class).withId("assignment-find-the-room-new-due").exists()).as("the editor is closed").isFalse();
        assertThat($(Span.class).id("assignment-find-the-room-due-text").getText())
                .isEqualTo("Due " + DueDates.format(TODAY.plusDays(5), Locale.ENGLISH));
    }

    @Test
    void a_student_sees_their_assignments_as_cards_soonest_first_with_links_and_due_wording() {
        assignments.assign(fourB.id(), DICTIONARY, null, null);
        assignments.assign(fourB.id(), STORM, null, TODAY.plusDays(1));
        assignments.assign(fourB.id(), ROOM, "follow-the-signs", TODAY);
        Assignment overdue = assignments.assign(fourB.id(), HUNDRED_DAYS, null, TODAY.plusDays(9));
        jdbc.sql("update assignment set due_on = ? where id = ?").params(TODAY.minusDays(2), overdue.id().value()).update();
        signInStudent();

        navigate(MyLessonsView.class);

        assertThat($(H1.class).id("my-lessons-heading").getText()).isEqualTo("Hi Ana! Here are your lessons");
        Div cards = $(Div.class).id("my-assignments");
        assertThat(cards.getChildren().map(c -> c.getId().orElse(""))).containsExactly("assignment-100-days-from-tuesday",
                "assignment-find-the-room-follow-the-signs", "assignment-how-far-is-the-storm", "assignment-dictionary-order");
        assertThat(linkIn("assignment-100-days-from-tuesday").getHref()).isEqualTo("lessons/100-days-from-tuesday");
        assertThat(linkIn("assignment-find-the-room-follow-the-signs").getHref()).isEqualTo("lessons/find-the-room/follow-the-signs");
        assertThat(linkIn("assignment-find-the-room-follow-the-signs").getText()).isEqualTo("Find the room");
        assertThat(textOf($(Div.class).id("assignment-find-the-room-follow-the-signs"))).contains(": Follow the signs", "Due today",
                catalog.lesson(ROOM).orElseThrow().summary().english());
        assertThat(textOf($(Div.class).id("assignment-100-days-from-tuesday")))
                .contains("Overdue: it was due " + DueDates.format(TODAY.minusDays(2), Locale.ENGLISH));
        assertThat(textOf($(Div.class).id("assignment-how-far-is-the-storm"))).contains("Due tomorrow");
        assertThat(textOf($(Div.class).id("assignment-dictionary-order"))).doesNotContain("Due", "Overdue");
    }

    @Test
    void a_spanish_student_reads_titles_and_due_dates_in_spanish() {
        assignments.assign(fourB.id(), ROOM, null, TODAY.plusDays(6));
        signInStudent();
        VaadinSession.getCurrent().setLocale(Locale.of("es"));

        navigate(MyLessonsView.class);

        assertThat($(H1.class).id("my-lessons-heading").getText()).isEqualTo("¡Hola, Ana! Estas son tus lecciones");
        assertThat(linkIn("assignment-find-the-room").getText()).isEqualTo(catalog.lesson(ROOM).orElseThrow().title().in(Locale.of("es")));
        assertThat(textOf($(Div.class).id("assignment-find-the-room"))).contains("Para el " + DueDates.format(TODAY.plusDays(6), Locale.of("es")));
    }

    @Test
    void a_student_with_nothing_assigned_is_told_so_and_can_explore_the_lessons() {
        signInStudent();

        navigate(MyLessonsView.class);

        assertThat($(Paragraph.class).id("no-assignments").getText()).startsWith("Your teacher has not given you any lessons yet.");
        assertThat($(Anchor.class).id("explore-lessons").getHref()).isEqualTo("lessons");
        assertThat($(Div.class).withId("my-assignments").exists()).isFalse();
    }

    @Test
    void a_student_menu_starts_with_my_lessons_and_a_visitor_is_sent_to_sign_in() {
        signInStudent();
        reloadPage(); // the menu is made with the page: the join view loads my-lessons as a new page
        navigate(MyLessonsView.class);

        List<SideNavItem> menu = $(SideNav.class).single().getItems();
        assertThat(menu.getFirst().getLabel()).isEqualTo("My lessons");
        assertThat(menu.getFirst().getPath()).isEqualTo("my-lessons");

        SecurityContextHolder.clearContext();
        navigate("my-lessons", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** A new page: a new UI, so the layout around the views is made again for whoever is signed in now. */
    private void reloadPage() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private void openPanel() {
        navigate("test/assignments/" + fourB.id(), AssignmentsPanelTestView.class);
    }

    private List<String> rowIds() {
        return $(ListItem.class).all().stream().map(c -> c.getId().orElse("")).filter(id -> id.startsWith("assignment-")).toList();
    }

    private Anchor linkIn(String cardId) {
        return $(Div.class).id(cardId).getChildren().flatMap(Component::getChildren)
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Lesson> comboBox(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Select<LessonExercise> select(String id) {
        return $(Select.class).id(id);
    }

    private void signInStudent() {
        SecurityContextHolder.clearContext();
        assertThat(join.signIn(fourB.joinCode(), ana.student(), ana.secret(), new MockHttpServletRequest(), new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.SignedIn.class);
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

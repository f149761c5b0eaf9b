package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
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
import org.stepwise.base.ui.NotFoundView;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

@SpringBootTest
class ClassViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Classrooms classrooms;

    @BeforeEach
    void teachers() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_makes_a_class_pastes_three_names_and_gets_a_card_for_each() {
        signIn("rivera");
        navigate(TeacherHomeView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("no-classes").getText()).startsWith("You have no classes yet.");

        test($(TextField.class).id("class-name")).setValue("4B");
        test($(TextField.class).id("class-grade")).setValue("Year 4");
        test($(Button.class).id("create-class")).click();

        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat($(H1.class).id("class-heading").getText()).isEqualTo("4B");
        String code = $(Span.class).id("join-code").getText();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}");

        test($(TextArea.class).id("roster-names")).setValue("Ana\n\nBen\nCai\n");
        test($(Button.class).id("roster-add")).click();

        assertThat($(Div.class).id("roster").getChildren().filter(c -> c.hasClassName("stepwise-roster-row")).count()).isEqualTo(3);
        Div cards = $(Div.class).id("new-cards");
        assertThat(cards.isVisible()).isTrue();
        List<String> cardTexts = $(SignInCard.class).all().stream().map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(cardTexts).hasSize(3);
        assertThat(cardTexts.getFirst()).contains("4B", code, "Ana");
    }

    @Test
    void a_name_already_on_the_roster_is_refused_with_its_line_and_nobody_is_added() {
        signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        classrooms.addStudents(fourB.id(), List.of("Ana"), Locale.ENGLISH);
        navigate("teacher/classes/" + fourB.id(), ClassView.class);

        TextArea names = $(TextArea.class).id("roster-names");
        test(names).setValue("Ben\nana");
        test($(Button.class).id("roster-add")).click();

        assertThat(names.isInvalid()).isTrue();
        assertThat(names.getErrorMessage()).startsWith("Line 2: \"ana\" is already in the class.");
        assertThat(names.getValue()).isEqualTo("Ben\nana"); // kept, to be corrected
        assertThat(classrooms.roster(fourB.id())).extracting(RosterStudent::displayName).containsExactly("Ana");
    }

    @Test
    void a_rename_from_a_stale_page_keeps_the_typed_name_and_says_what_happened() {
        signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        classrooms.addStudents(fourB.id(), List.of("Ana"), Locale.ENGLISH);
        navigate("teacher/classes/" + fourB.id(), ClassView.class);
        RosterStudent ana = classrooms.roster(fourB.id()).getFirst();
        classrooms.rename(fourB.id(), ana.id(), ana.version(), "Anna"); // another tab

        TextField name = $(TextField.class).withClassName("roster-name").single();
        test(name).setValue("Ana M.");
        test($(Button.class).withClassName("roster-rename").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("This name was changed in another tab meanwhile.");
        assertThat(name.getValue()).isEqualTo("Ana M.");
        assertThat(classrooms.roster(fourB.id()).getFirst().displayName()).isEqualTo("Anna");
    }

    @Test
    void removing_a_student_asks_first_and_then_deletes_them() {
        signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.WORD));
        classrooms.addStudents(fourB.id(), List.of("Ana", "Ben"), Locale.ENGLISH);
        navigate("teacher/classes/" + fourB.id(), ClassView.class);

        test($(Button.class).withClassName("roster-remove").first()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(classrooms.roster(fourB.id())).hasSize(2);
        test(dialog).confirm();

        assertThat(classrooms.roster(fourB.id())).extracting(RosterStudent::displayName).containsExactly("Ben");
    }

    @Test
    void another_teachers_class_is_not_found() {
        signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        signIn("okafor");

        navigate("teacher/classes/" + fourB.id(), NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

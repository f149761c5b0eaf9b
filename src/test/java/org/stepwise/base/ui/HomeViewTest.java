package org.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.lesson.ui.LessonCatalogView;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.ui.SignUpView;

@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void freshInstallation() {
        jdbc.sql("delete from account").update();
    }

    @Test
    void a_visitor_can_start_a_lesson_without_an_account() {
        navigate(HomeView.class);

        test($(Button.class).id("start-lesson")).click();

        assertThat(getCurrentView()).isInstanceOf(LessonCatalogView.class);
    }

    @Test
    void a_new_installation_invites_the_visitor_to_create_the_first_teacher_account() {
        navigate(HomeView.class);

        assertThat($(Div.class).id("first-run").isVisible()).isTrue();
        test($(Button.class).id("create-first-teacher")).click();
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
    }

    @Test
    void once_a_teacher_exists_the_first_run_invitation_is_gone() {
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));

        navigate(HomeView.class);

        assertThat($(Div.class).withId("first-run").exists()).as("only visible components are found").isFalse();
        assertThat($(Div.class).id("for-teachers").isVisible()).isTrue();
    }
}

package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
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
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.ui.LoginView;

@SpringBootTest
class TeacherHomeViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void oneTeacher() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("teacher", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_signed_in_teacher_is_welcomed_by_name() {
        signIn("rivera");

        navigate(TeacherHomeView.class);

        assertThat($(H1.class).id("teacher-welcome").getText()).isEqualTo("Welcome, Ms Rivera");
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

package org.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
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

/** The menu offers what the person may use; the privacy page is there for everyone. */
@SpringBootTest
class MainLayoutTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void anAdministratorAndATeacher() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", PASSWORD, PASSWORD));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", PASSWORD, PASSWORD));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_sees_privacy_but_no_account_pages() {
        navigate(HomeView.class);

        assertThat(menu()).contains("Privacy").doesNotContain("My account", "Teachers");
    }

    @Test
    void a_teacher_sees_my_account_but_not_the_teachers_list() {
        signIn("okafor");
        navigate(HomeView.class);

        assertThat(menu()).contains("My account", "Privacy").doesNotContain("Teachers");
    }

    @Test
    void an_administrator_also_sees_the_teachers_list() {
        signIn("rivera");
        navigate(HomeView.class);

        assertThat(menu()).contains("Teachers", "My account", "Privacy");
    }

    @Test
    void the_privacy_page_is_open_to_everyone_and_says_what_is_stored() {
        navigate(HomeView.class);
        test($(SideNav.class).single()).clickItem("Privacy");

        assertThat(getCurrentView()).isInstanceOf(PrivacyView.class);
        assertThat($(H1.class).id("privacy-heading").getText()).isEqualTo("Privacy: what Stepwise keeps");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("password, kept only as a hash")
                .contains("No e-mail address, no birth date")
                .contains("They do not read students' work")
                .contains("Until the teacher deletes the student or the class")
                .contains("export the data of a class");
    }

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    /** Signs in and opens a new page, as the sign-in form does: the layout is built for the signed-in person. */
    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }
}

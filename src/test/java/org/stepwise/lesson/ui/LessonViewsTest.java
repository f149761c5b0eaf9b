package org.stepwise.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.Pillar;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

@SpringBootTest
class LessonViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LessonCatalog catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_catalog_shows_every_lesson_and_filters_by_subject() {
        navigate(LessonCatalogView.class);
        Div cards = $(Div.class).withId("lessons").single();
        long all = cards.getChildren().count();
        assertThat(all).isGreaterThanOrEqualTo(8);

        @SuppressWarnings("unchecked")
        Select<Subject> subject = $(Select.class).withId("filter-subject").single();
        test(subject).selectItem("Music");

        assertThat(cards.getChildren().map(c -> c.getId().orElse(""))).containsExactly("lesson-songs-that-repeat");
        assertThat($(Paragraph.class).withId("lesson-count").single().getText()).isEqualTo("1 lesson");
    }

    @Test
    void the_catalog_filters_by_age_and_by_pillar_and_says_when_nothing_matches() {
        navigate(LessonCatalogView.class);
        Div cards = $(Div.class).withId("lessons").single();
        List<String> forEightYearOlds = catalog.lessons().stream().filter(l -> l.ages().contains(8)).map(l -> "lesson-" + l.id().value()).toList();
        assertThat(forEightYearOlds).isNotEmpty().hasSizeLessThan(catalog.lessons().size());

        @SuppressWarnings("unchecked")
        Select<Integer> age = $(Select.class).withId("filter-age").single();
        test(age).selectItem("8 years");
        assertThat(cards.getChildren().map(c -> c.getId().orElse(""))).containsExactlyInAnyOrderElementsOf(forEightYearOlds);

        @SuppressWarnings("unchecked")
        Select<Pillar> pillar = $(Select.class).withId("filter-pillar").single();
        test(pillar).selectItem("Abstraction");
        List<String> both = catalog.lessons().stream().filter(l -> l.ages().contains(8) && l.pillars().contains(Pillar.ABSTRACTION))
                .map(l -> "lesson-" + l.id().value()).toList();
        assertThat(cards.getChildren().map(c -> c.getId().orElse(""))).containsExactlyInAnyOrderElementsOf(both);

        test(age).selectItem("6 years"); // no built-in lesson is for six-year-olds
        assertThat(cards.getChildren()).isEmpty();
        assertThat($(Paragraph.class).withId("lesson-count").single().getText()).isEqualTo("No lesson matches. Try another subject, skill or age.");
    }

    @Test
    void a_student_sees_every_section_but_the_teacher_notes() {
        navigate("lessons/100-days-from-tuesday", LessonView.class);

        assertThat($(Section.class).all().stream().map(s -> s.getId().orElse("")))
                .containsExactly("section-problem", "section-decompose", "section-pattern", "section-abstract", "section-algorithm",
                        "section-try-it", "section-reflect", "section-unplugged");
    }

    @Test
    void a_teacher_also_sees_the_teacher_notes() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        UserDetails teacher = userDetails.loadUserByUsername("rivera");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(teacher, null, teacher.getAuthorities()));

        navigate("lessons/100-days-from-tuesday", LessonView.class);

        assertThat($(Section.class).withId("section-teacher-notes").exists()).isTrue();
    }
}

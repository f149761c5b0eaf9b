package org.stepwise.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.stepwise.base.ui.HomeView;

/**
 * Vaadin takes its texts from {@link Translations}, so a visitor whose browser asks for Spanish
 * reads the pages in Spanish and everybody else in English. (A test starts on the home page, made
 * before the test picks a language; so each test goes to another page first, and the home page
 * it comes back to is made anew in the session's language.)
 */
@SpringBootTest
class SpanishUiTest extends SpringBrowserlessTest {

    @Test
    void vaadin_uses_the_stepwise_translations() {
        assertThat(VaadinService.getCurrent().getInstantiator().getI18NProvider()).isInstanceOf(Translations.class);
    }

    @Test
    void a_spanish_visitor_reads_the_pages_in_spanish() {
        VaadinSession.getCurrent().setLocale(Locale.of("es")); // as Vaadin does for a browser asking for Spanish

        UI.getCurrent().navigate("no-such-page");
        assertThat($(H1.class).single().getText()).isEqualTo("No encontramos esa página");
        navigate(HomeView.class);

        assertThat($(Button.class).id("start-lesson").getText()).isEqualTo("Empezar una lección");
    }

    @Test
    void an_english_visitor_reads_the_pages_in_english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("no-such-page");
        assertThat($(H1.class).single().getText()).isEqualTo("We could not find that page");
        navigate(HomeView.class);

        assertThat($(Button.class).id("start-lesson").getText()).isEqualTo("Start a lesson");
    }
}

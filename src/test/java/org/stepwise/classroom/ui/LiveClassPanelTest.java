package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.classroom.ui.ClassFixture.REMAINDER;
import static org.stepwise.classroom.ui.ClassFixture.program;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.LiveClassPanel;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveSubscription;

/** The live class panel as the projector and the teacher's laptop show it: counts in words, names only when turned on, redrawn by push. */
@SpringBootTest
class LiveClassPanelTest extends SpringBrowserlessTest {

    @Autowired
    LiveBus bus;
    @Autowired
    ClassFixture fixture;

    private String right;
    private String wrong;

    @BeforeEach
    void aClass() throws Exception {
        right = program("remainder.workspace.json");
        wrong = program("off-by-one.workspace.json");
        fixture.setUp(true);
    }

    @AfterEach
    void signOut() {
        UI.getCurrent().removeAll(); // the panel stops listening; a redraw already on its way runs while Rivera is signed in
        MockVaadin.runUIQueue();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_projector_shows_the_join_code_who_joined_and_each_exercise_in_words_without_any_student_name() {
        fixture.as(fixture.fourB, fixture.ana, () -> fixture.check(REMAINDER, right, 0));
        fixture.as(fixture.fourB, fixture.ben, () -> {
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0);
            fixture.check(REMAINDER, wrong, 0);
        });

        navigate(route("projector"), LiveClassPanelTestView.class);

        LiveClassPanel panel = $(LiveClassPanel.class).single();
        assertThat(panel.getElement().getClassList()).contains("stepwise-live-panel", "stepwise-live-panel--projector");
        assertThat($(Span.class).id("live-join-code").getText()).isEqualTo(fixture.fourB.joinCode().display());
        assertThat($(Paragraph.class).id("live-join-how").getText()).startsWith("To join, go to ").endsWith("/join and type the class code:");
        assertThat($(Paragraph.class).id("live-joined").getText()).isEqualTo("2 of 3 students joined");
        String remainder = $(ListItem.class).id("live-exercise-100-days-from-tuesday-use-the-remainder").getElement().getTextRecursively();
        assertThat(remainder).startsWith("Use the remainder100 days from Tuesday")
                .contains("1 solved", "0 trying", "1 stuck", "1 not started")
                .containsPattern("Most failed: (the case “.+”|a hidden case)\\. 1 of 2 students fails it\\.");
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("Ana", "Ben", "Cai", "hidden case “");
    }

    @Test
    void names_appear_only_once_the_teacher_turns_them_on_and_go_again_when_turned_off() {
        fixture.as(fixture.fourB, fixture.ana, () -> fixture.check(REMAINDER, right, 0));
        fixture.as(fixture.fourB, fixture.ben, () -> fixture.check(REMAINDER, wrong, 0));
        navigate(route("presenter"), LiveClassPanelTestView.class);
        LiveClassPanel panel = $(LiveClassPanel.class).single();
        assertThat(panel.isShowNames()).isFalse();
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("Ana", "Ben", "Cai");

        panel.setShowNames(true);

        assertThat($(Paragraph.class).id("live-not-joined").getText()).isEqualTo("Not joined yet: Cai");
        String remainder = $(ListItem.class).id("live-exercise-100-days-from-tuesday-use-the-remainder").getElement().getTextRecursively();
        assertThat(remainder).contains("Solved: Ana", "Trying: Ben", "Not started: Cai");

        panel.setShowNames(false);

        assertThat(panel.getElement().getTextRecursively()).doesNotContain("Ana", "Ben", "Cai");
    }

    @Test
    void a_student_signing_in_redraws_the_open_panel_through_the_live_bus() throws Exception {
        navigate(route("projector"), LiveClassPanelTestView.class);
        Paragraph joined = $(Paragraph.class).id("live-joined");
        assertThat(joined.getText()).isEqualTo("0 of 3 students joined");

        fixture.as(fixture.fourB, fixture.cai, () -> { }); // commits, and pg_notify tells every instance

        assertThat(waitFor(() -> joined.getText(), "1 of 3 students joined")).isEqualTo("1 of 3 students joined");

        fixture.as(fixture.fourB, fixture.ana, () -> fixture.check(REMAINDER, right, 0));

        ListItem remainder = $(ListItem.class).id("live-exercise-100-days-from-tuesday-use-the-remainder");
        assertThat(waitFor(() -> joined.getText() + " " + remainder.getElement().getTextRecursively(), "1 solved"))
                .startsWith("2 of 3 students joined").contains("1 solved");
    }

    @Test
    void a_panel_that_left_the_page_is_not_redrawn() throws Exception {
        navigate(route("projector"), LiveClassPanelTestView.class);
        Paragraph joined = $(Paragraph.class).id("live-joined");
        LiveClassPanel panel = $(LiveClassPanel.class).single();
        panel.getElement().removeFromParent();

        java.util.concurrent.BlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        try (LiveSubscription probe = bus.subscribe("class:" + fixture.fourB.id(), heard::add)) {
            fixture.as(fixture.fourB, fixture.cai, () -> { });
            fixture.as(fixture.fourB, fixture.ana, () -> { });
            // both sign-ins reached this instance's subscribers (the probe heard them); a panel still
            // listening would have queued its redraw by now, which the UI queue would run
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isNotNull();
        }
        MockVaadin.runUIQueue();

        assertThat(joined.getText()).isEqualTo("0 of 3 students joined");
    }

    private String route(String look) {
        return "test/live/" + fixture.fourB.id() + "/" + look;
    }

    /**
     * Runs the UI's pending server-push work ({@code ui.access}; the browserless {@code roundTrip()}
     * does not) until the text holds the expected part, for up to 5
     * seconds (a message arrives after its transaction commits, on another thread); the text as it then is.
     */
    private static String waitFor(java.util.function.Supplier<String> text, String expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            MockVaadin.runUIQueue();
            String now = text.get();
            if (now.contains(expected) || Instant.now().isAfter(until)) {
                return now;
            }
            Thread.sleep(50);
        }
    }
}

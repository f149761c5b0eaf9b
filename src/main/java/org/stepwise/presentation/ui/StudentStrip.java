package org.stepwise.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.Section;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveSubscription;
import org.stepwise.presentation.Question;
import org.stepwise.presentation.StudentPresentations;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.stage.WorldStage;
import org.stepwise.presentation.StudentPresentations.LivePresentation;
import org.stepwise.presentation.StudentPresentations.LiveQuestion;

/**
 * What a student sees of their teacher's presentation, on every page: which lesson is presented
 * (with a link to it), the question to answer with big buttons, and after the reveal whether they
 * were right. When the teacher turns "follow" on and the student is on the presented lesson's
 * page, the page scrolls to the section on the big screen each time the teacher moves on (in
 * between, the student may scroll freely). Nothing moves a student off a page they are working on.
 */
class StudentStrip extends Div {

    private final StudentPresentations presentations;
    private final LessonCatalog catalog;
    private final LiveBus bus;
    private final CurrentUser currentUser;
    private @Nullable LiveSubscription subscription;
    private @Nullable Section followed;

    StudentStrip(StudentPresentations presentations, LessonCatalog catalog, LiveBus bus, CurrentUser currentUser) {
        this.presentations = presentations;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.bus = bus;
        setId("student-strip");
        addClassName("stepwise-student-strip");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        Optional<String> topic = currentUser.hasRole(Roles.STUDENT) ? presentations.topic() : Optional.empty();
        if (topic.isPresent()) {
            subscription = bus.subscribe(topic.get(), payload -> ui.access(this::refresh));
        }
        // the route changes under a layout that stays: a lesson page opened later is followed too
        ui.addAfterNavigationListener(e -> {
            followed = null;
            refresh();
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(event);
    }

    void refresh() {
        // the frame outlives a sign-out (until the page is loaded again): then there is nothing to show
        Optional<LivePresentation> current = currentUser.hasRole(Roles.STUDENT) ? presentations.current() : Optional.empty();
        if (current.isEmpty()) {
            removeAll();
            setVisible(false);
            followed = null;
            return;
        }
        LivePresentation p = current.get();
        Optional<Lesson> lesson = catalog.lesson(p.lesson());
        if (lesson.isEmpty()) {
            setVisible(false);
            return;
        }
        show(p, lesson.get());
        if (p.follow() && !p.onProgram() && p.section() != followed) {
            follow(p, lesson.get());
        }
    }

    private void show(LivePresentation p, Lesson lesson) {
        removeAll();
        setVisible(true);
        Locale locale = getLocale();
        String lessonPath = "lessons/" + lesson.id().value();
        boolean onLesson = onPage(lessonPath);
        Paragraph presenting = new Paragraph(getTranslation("present.student.presenting", lesson.title().in(locale)));
        presenting.setId("strip-presenting");
        add(presenting);
        if (!onLesson) {
            Anchor open = new Anchor(lessonPath, getTranslation("present.student.open-lesson"));
            open.setId("strip-open-lesson");
            add(open);
        } else if (p.follow() && !p.onProgram()) {
            Paragraph following = new Paragraph(getTranslation("present.student.following", lesson.section(p.section(), locale).heading()));
            following.setId("strip-following");
            add(following);
        }
        LiveQuestion question = p.question();
        if (question != null) {
            add(question(p, question));
        }
    }

    private Component question(LivePresentation p, LiveQuestion q) {
        Div box = new Div();
        box.setId("strip-question");
        box.addClassName("stepwise-strip-question");
        Paragraph ask = new Paragraph(switch (q.kind()) {
            case BLOCK -> getTranslation("present.student.question");
            case VARIABLE -> getTranslation("present.student.question-variable", q.variable());
            case WORLD -> getTranslation("present.student.question-world");
        });
        ask.addClassName("stepwise-strip-ask");
        box.add(ask);
        Div choices = new Div();
        choices.addClassName("stepwise-strip-choices");
        List<String> labels = q.choices();
        for (int i = 0; i < labels.size(); i++) {
            int choice = i;
            Button b = new Button(Question.letter(i) + "  " + (q.kind() == Question.Kind.WORLD ? "" : labels.get(i)));
            if (q.kind() == Question.Kind.WORLD && q.worldType() != null) {
                WorldStage picture = new WorldStage();
                picture.show(q.worldType(), q.worlds().get(i), labels.get(i));
                picture.addClassName("stepwise-strip-world");
                b.getElement().appendChild(picture.getElement());
                b.addClassName("stepwise-strip-picture");
            }
            b.setId("strip-choice-" + i);
            b.getElement().setAttribute("aria-label", getTranslation("present.student.choice", Question.letter(i), labels.get(i)));
            b.getElement().setAttribute("aria-pressed", Boolean.toString(q.mine() != null && q.mine() == i));
            b.setEnabled(q.open());
            if (q.mine() != null && q.mine() == i) {
                b.addClassName("chosen");
            }
            if (q.revealed() && q.correct() != null && q.correct() == i) {
                b.addClassName("correct");
            }
            b.addClickListener(e -> answer(p, q, choice));
            choices.add(b);
        }
        box.add(choices);
        Paragraph status = new Paragraph();
        status.setId("strip-status");
        if (q.open()) {
            status.setText(q.mine() == null ? "" : getTranslation("present.student.your-answer", Question.letter(q.mine())));
        } else if (q.correct() != null) {
            String right = q.kind() == Question.Kind.WORLD ? getTranslation("present.student.picture-was", Question.letter(q.correct()))
                    : getTranslation("present.student.answer-was", Question.letter(q.correct()), labels.get(q.correct()));
            String mine = q.mine() == null ? getTranslation("present.student.no-answer")
                    : q.mine().equals(q.correct()) ? getTranslation("present.student.you-were-right")
                    : getTranslation("present.student.you-were-wrong", Question.letter(q.mine()));
            status.setText(right + " " + mine);
        }
        box.add(status);
        return box;
    }

    private void answer(LivePresentation p, LiveQuestion q, int choice) {
        if (!presentations.answer(p.id(), q.number(), choice)) {
            Paragraph closed = new Paragraph(getTranslation("present.student.closed"));
            closed.setId("strip-closed");
            add(closed);
        }
        refresh();
    }

    /** On the presented lesson's page: scrolls its section into view and marks it. */
    private void follow(LivePresentation p, Lesson lesson) {
        Optional<Component> page = currentView();
        if (page.isEmpty() || !onPage("lessons/" + lesson.id().value())) {
            return;
        }
        followed = p.section();
        String wanted = "section-" + p.section().id();
        page.get().getChildren().forEach(child -> {
            boolean isIt = child.getId().map(wanted::equals).orElse(false);
            child.getElement().getClassList().set("stepwise-followed", isIt);
            if (isIt) {
                child.scrollIntoView();
            }
        });
    }

    private boolean onPage(String path) {
        return getUI().map(ui -> ui.getInternals().getActiveViewLocation().getPath().equals(path)).orElse(false);
    }

    private Optional<Component> currentView() {
        return getUI().flatMap(ui -> ui.getInternals().getActiveRouterTargetsChain().stream().findFirst()).map(c -> (Component) c);
    }
}

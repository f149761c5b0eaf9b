package org.stepwise.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
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
    private LiveSubscription subscription = () -> { };
    private Registration navigation = () -> { };
    private @Nullable Section followed;
    private final Paragraph presenting = new Paragraph();
    private final Anchor openLesson = new Anchor();
    private final Paragraph following = new Paragraph();
    private @Nullable QuestionBox questionBox;

    StudentStrip(StudentPresentations presentations, LessonCatalog catalog, LiveBus bus, CurrentUser currentUser) {
        this.presentations = presentations;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.bus = bus;
        setId("student-strip");
        addClassName("stepwise-student-strip");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        presenting.setId("strip-presenting");
        openLesson.setId("strip-open-lesson");
        openLesson.setText(getTranslation("present.student.open-lesson"));
        following.setId("strip-following");
        add(presenting, openLesson, following);
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
        navigation = ui.addAfterNavigationListener(e -> {
            followed = null;
            refresh();
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.close();
        navigation.remove();
        super.onDetach(event);
    }

    void refresh() {
        // the frame outlives a sign-out (until the page is loaded again): then there is nothing to show
        Optional<LivePresentation> current = currentUser.hasRole(Roles.STUDENT) ? presentations.current(getLocale()) : Optional.empty();
        if (current.isEmpty()) {
            if (questionBox != null) {
                remove(questionBox);
                questionBox = null;
            }
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
        setVisible(true);
        Locale locale = getLocale();
        String lessonPath = "lessons/" + lesson.id().value();
        boolean onLesson = onPage(lessonPath);
        presenting.setText(getTranslation("present.student.presenting", lesson.title().in(locale)));
        openLesson.setHref(lessonPath);
        openLesson.setVisible(!onLesson);
        following.setVisible(onLesson && p.follow() && !p.onProgram());
        following.setText(getTranslation("present.student.following", lesson.section(p.section(), locale).heading()));
        LiveQuestion question = p.question();
        if (question == null) {
            if (questionBox != null) {
                remove(questionBox);
                questionBox = null;
            }
            return;
        }
        // the same question is updated in place: a click on a choice is never lost to a redraw
        if (questionBox == null || questionBox.number != question.number()) {
            if (questionBox != null) {
                remove(questionBox);
            }
            questionBox = new QuestionBox(p, question);
            add(questionBox);
        }
        questionBox.update(question);
    }

    /** The question with a button per choice, made once per question and updated as answers and the reveal come. */
    private final class QuestionBox extends Div {

        private final int number;
        private final List<Button> buttons = new ArrayList<>();
        private final Paragraph status = new Paragraph();
        private final Paragraph closed = new Paragraph();

        QuestionBox(LivePresentation p, LiveQuestion q) {
            this.number = q.number();
            setId("strip-question");
            addClassName("stepwise-strip-question");
            Paragraph ask = new Paragraph(switch (q.kind()) {
                case BLOCK -> getTranslation("present.student.question");
                case VARIABLE -> getTranslation("present.student.question-variable", q.variable());
                case WORLD -> getTranslation("present.student.question-world");
            });
            ask.addClassName("stepwise-strip-ask");
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
                b.addClickListener(e -> answer(p, choice));
                buttons.add(b);
                choices.add(b);
            }
            status.setId("strip-status");
            closed.setId("strip-closed");
            closed.setText(getTranslation("present.student.closed"));
            closed.setVisible(false);
            add(ask, choices, status, closed);
        }

        void update(LiveQuestion q) {
            for (int i = 0; i < buttons.size(); i++) {
                Button b = buttons.get(i);
                boolean mine = q.mine() != null && q.mine() == i;
                b.getElement().setAttribute("aria-pressed", Boolean.toString(mine));
                b.getElement().getClassList().set("chosen", mine);
                b.getElement().getClassList().set("correct", q.revealed() && q.correct() != null && q.correct() == i);
                b.setEnabled(q.open());
            }
            if (q.open()) {
                status.setText(q.mine() == null ? "" : getTranslation("present.student.your-answer", Question.letter(q.mine())));
            } else if (q.correct() != null) {
                String right = q.kind() == Question.Kind.WORLD ? getTranslation("present.student.picture-was", Question.letter(q.correct()))
                        : getTranslation("present.student.answer-was", Question.letter(q.correct()), q.choices().get(q.correct()));
                String mine = q.mine() == null ? getTranslation("present.student.no-answer")
                        : q.mine().equals(q.correct()) ? getTranslation("present.student.you-were-right")
                        : getTranslation("present.student.you-were-wrong", Question.letter(q.mine()));
                status.setText(right + " " + mine);
            }
        }

        private void answer(LivePresentation p, int choice) {
            closed.setVisible(!presentations.answer(p.id(), number, choice));
            refresh();
        }
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

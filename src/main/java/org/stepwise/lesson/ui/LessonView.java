package org.stepwise.lesson.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.lesson.CurriculumLink;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.LessonText;
import org.stepwise.lesson.ReflectQuestion;
import org.stepwise.lesson.SectionText;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;

/**
 * A lesson, its sections in order: the problem, decompose, find the pattern, abstract, design
 * the algorithm, try it (with its exercises), reflect (answers revealed on request), unplugged.
 * Teacher notes are shown to teachers only, decided on the server. Every section's element has the
 * id {@code section-<section id>} (the projector's "follow the teacher" scrolls to it).
 */
@Route("lessons/:lesson")
@AnonymousAllowed
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonCatalog catalog;
    private final CurrentUser currentUser;
    private @Nullable Lesson lesson;

    LessonView(LessonCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassNames("stepwise-page", "stepwise-lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lesson").orElse("");
        Optional<Lesson> found = LessonId.isValid(id) ? catalog.lesson(new LessonId(id)) : Optional.empty();
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        lesson = found.get();
        show(lesson);
    }

    private void show(Lesson lesson) {
        removeAll();
        Locale locale = getLocale();
        Anchor catalogLink = new Anchor("lessons", getTranslation("lesson.back-to-catalog"));
        catalogLink.getElement().setAttribute("router-link", true);
        catalogLink.setId("back-to-catalog");
        Paragraph facts = new Paragraph(getTranslation("lesson.facts", lesson.ages().from(), lesson.ages().to(),
                lesson.duration().toMinutes(), lesson.exercises().size()));
        facts.addClassName("stepwise-facts");
        Div tags = new Div();
        tags.addClassName("stepwise-tags");
        lesson.subjects().forEach(s -> tags.add(new Paragraph(LessonLabels.subject(this, s))));
        lesson.pillars().forEach(p -> tags.add(new Paragraph(LessonLabels.pillar(this, p))));
        tags.getChildren().forEach(c -> c.getElement().getClassList().add("stepwise-tag"));
        add(catalogLink, new H1(lesson.title().in(locale)), new Paragraph(lesson.summary().in(locale)), facts, tags);

        boolean teacher = currentUser.hasRole(Roles.TEACHER);
        if (teacher) {
            // the projector feature's start page, by address: the lesson module does not depend on it
            Anchor present = new Anchor("present?lesson=" + lesson.id().value(), getTranslation("lesson.present"));
            present.setId("present-lesson-link");
            present.addClassName("stepwise-button-link");
            add(present);
        }
        for (org.stepwise.lesson.Section section : org.stepwise.lesson.Section.values()) {
            if (!section.forStudents() && !teacher) {
                continue; // teacher notes never reach a student's browser
            }
            SectionText text = lesson.section(section, locale);
            Section element = new Section();
            element.setId("section-" + section.id());
            element.addClassName("stepwise-section");
            element.add(new H2(text.heading()));
            switch (section) {
                case REFLECT -> element.add(reflect(lesson, locale));
                case TRY_IT -> {
                    element.add(prose(text.markdown()));
                    element.add(exercises(lesson, locale));
                }
                case TEACHER_NOTES -> {
                    element.addClassName("teacher-only");
                    element.add(prose(text.markdown()), curriculum(lesson));
                }
                default -> element.add(prose(text.markdown()));
            }
            add(element);
        }
    }

    private Div exercises(Lesson lesson, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.setId("exercises");
        int n = 1;
        for (LessonExercise exercise : lesson.exercises()) {
            Anchor link = new Anchor("lessons/" + lesson.id().value() + "/" + exercise.id(),
                    getTranslation("lesson.exercise-link", n++, exercise.title().in(locale)));
            link.getElement().setAttribute("router-link", true);
            link.setId("exercise-" + exercise.id());
            list.add(new ListItem(link));
        }
        Div box = new Div(list);
        box.addClassName("stepwise-exercises");
        return box;
    }

    private Div reflect(Lesson lesson, Locale locale) {
        Div questions = new Div();
        questions.setId("reflect-questions");
        for (ReflectQuestion question : lesson.reflect(locale)) {
            Div answer = prose(question.answerMarkdown());
            Details details = new Details(getTranslation("lesson.reflect.show-answer"), answer);
            Div item = new Div(new H3(question.question()), new Paragraph(getTranslation("lesson.reflect.think-first")), details);
            item.addClassName("stepwise-question");
            questions.add(item);
        }
        return questions;
    }

    private Div curriculum(Lesson lesson) {
        Div box = new Div(new H3(getTranslation("lesson.curriculum")));
        UnorderedList list = new UnorderedList();
        for (CurriculumLink link : lesson.curriculum()) {
            list.add(new ListItem(getTranslation(link.text() == null ? "lesson.curriculum.link" : "lesson.curriculum.link-text",
                    link.code(), link.source(), link.text())));
        }
        box.add(list);
        return box;
    }

    /** Markdown from the lesson file, rendered and sanitised by the lesson module. */
    private static Div prose(String markdown) {
        Div div = new Div();
        div.addClassName("stepwise-prose");
        div.add(new Html("<div>" + LessonText.toSafeHtml(markdown) + "</div>"));
        return div;
    }

    @Override
    public String getPageTitle() {
        return (lesson == null ? "" : lesson.title().in(getLocale()) + " · ") + getTranslation("app.name");
    }
}

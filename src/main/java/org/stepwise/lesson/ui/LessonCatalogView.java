package org.stepwise.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.stepwise.lesson.AgeRange;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.Pillar;
import org.stepwise.lesson.Subject;

/** Every lesson, open to everyone without an account, filterable by subject, pillar and age. */
@Route("lessons")
@AnonymousAllowed
public class LessonCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final LessonCatalog catalog;
    private final Select<Subject> subject = new Select<>();
    private final Select<Pillar> pillar = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final Div cards = new Div();
    private final Paragraph count = new Paragraph();

    LessonCatalogView(LessonCatalog catalog) {
        this.catalog = catalog;
        addClassName("stepwise-page");
        subject.setId("filter-subject");
        subject.setLabel(getTranslation("lessons.filter.subject"));
        subject.setItems(Subject.values());
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("lessons.filter.any-subject"));
        subject.setItemLabelGenerator(s -> s == null ? getTranslation("lessons.filter.any-subject") : LessonLabels.subject(this, s));
        pillar.setId("filter-pillar");
        pillar.setLabel(getTranslation("lessons.filter.pillar"));
        pillar.setItems(Pillar.values());
        pillar.setEmptySelectionAllowed(true);
        pillar.setEmptySelectionCaption(getTranslation("lessons.filter.any-pillar"));
        pillar.setItemLabelGenerator(p -> p == null ? getTranslation("lessons.filter.any-pillar") : LessonLabels.pillar(this, p));
        age.setId("filter-age");
        age.setLabel(getTranslation("lessons.filter.age"));
        age.setItems(IntStream.rangeClosed(AgeRange.YOUNGEST, AgeRange.OLDEST).boxed().toList());
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption(getTranslation("lessons.filter.any-age"));
        age.setItemLabelGenerator(a -> a == null ? getTranslation("lessons.filter.any-age") : getTranslation("lessons.filter.age-value", a));
        subject.addValueChangeListener(e -> showLessons());
        pillar.addValueChangeListener(e -> showLessons());
        age.addValueChangeListener(e -> showLessons());
        HorizontalLayout filters = new HorizontalLayout(subject, pillar, age);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.END);
        cards.addClassName("stepwise-cards");
        cards.setId("lessons");
        count.setId("lesson-count");
        count.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("lessons.heading")), new Paragraph(getTranslation("lessons.intro")), filters, count, cards);
        showLessons();
    }

    private void showLessons() {
        List<Lesson> lessons = catalog.find(subject.getValue(), pillar.getValue(), age.getValue());
        cards.removeAll();
        Locale locale = getLocale();
        for (Lesson lesson : lessons) {
            Anchor title = new Anchor("lessons/" + lesson.id().value(), lesson.title().in(locale));
            title.getElement().setAttribute("router-link", true);
            H2 heading = new H2(title);
            Div tags = new Div();
            tags.addClassName("stepwise-tags");
            lesson.subjects().forEach(s -> tags.add(tag(LessonLabels.subject(this, s), "subject")));
            lesson.pillars().forEach(p -> tags.add(tag(LessonLabels.pillar(this, p), "pillar")));
            Paragraph facts = new Paragraph(getTranslation("lesson.facts", lesson.ages().from(), lesson.ages().to(),
                    lesson.duration().toMinutes(), lesson.exercises().size()));
            facts.addClassName("stepwise-facts");
            Div card = new Div(heading, new Paragraph(lesson.summary().in(locale)), facts, tags);
            card.addClassName("stepwise-card");
            card.setId("lesson-" + lesson.id().value());
            cards.add(card);
        }
        count.setText(lessons.isEmpty() ? getTranslation("lessons.none") : getTranslation("lessons.count", lessons.size()));
    }

    private static Span tag(String text, String kind) {
        Span tag = new Span(text);
        tag.addClassNames("stepwise-tag", kind);
        return tag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.title") + " · " + getTranslation("app.name");
    }
}

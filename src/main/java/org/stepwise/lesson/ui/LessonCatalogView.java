package org.stepwise.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The lesson catalog, open to everyone without an account. Until lessons are read from
 * {@code lessons/} (the lessons issue), it announces the first two lessons.
 */
@Route("lessons")
@AnonymousAllowed
public class LessonCatalogView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> PLACEHOLDER_LESSONS = List.of("days", "room");

    LessonCatalogView() {
        addClassName("stepwise-page");
        add(new H1(getTranslation("lessons.heading")), new Paragraph(getTranslation("lessons.intro")));
        for (String lesson : PLACEHOLDER_LESSONS) {
            Span badge = new Span(getTranslation("lessons.coming-soon"));
            badge.addClassName("stepwise-badge");
            Div card = new Div(new H2(getTranslation("lessons.placeholder." + lesson + ".title")),
                    new Paragraph(getTranslation("lessons.placeholder." + lesson + ".summary")), badge);
            card.addClassName("stepwise-card");
            card.setId("lesson-" + lesson);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.title") + " · " + getTranslation("app.name");
    }
}

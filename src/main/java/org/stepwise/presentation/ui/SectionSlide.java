package org.stepwise.presentation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.Locale;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonText;
import org.stepwise.lesson.ReflectQuestion;
import org.stepwise.lesson.Section;
import org.stepwise.lesson.SectionText;

/**
 * One section of a lesson as a slide: its heading and its text; "Try it" lists the exercises;
 * "Reflect" shows the questions only (the answers are for the class to find). The same component
 * serves the big screen and the presenter's small copy; CSS decides the size.
 */
class SectionSlide extends Div {

    SectionSlide(Lesson lesson, Section section, Locale locale) {
        addClassName("stepwise-slide");
        setId("slide-" + section.id());
        SectionText text = lesson.section(section, locale);
        H1 heading = new H1(text.heading());
        heading.addClassName("stepwise-slide-heading");
        add(heading);
        if (!text.markdown().isBlank()) {
            add(prose(text.markdown()));
        }
        if (section == Section.TRY_IT && !lesson.exercises().isEmpty()) {
            OrderedList exercises = new OrderedList();
            exercises.addClassName("stepwise-slide-exercises");
            for (LessonExercise exercise : lesson.exercises()) {
                exercises.add(new ListItem(exercise.title().in(locale)));
            }
            add(exercises);
        }
        if (section == Section.REFLECT) {
            for (ReflectQuestion question : lesson.reflect(locale)) {
                add(new H2(question.question()));
            }
        }
    }

    /** Markdown from the lesson file, rendered and sanitised by the lesson module. */
    static Div prose(String markdown) {
        Div div = new Div();
        div.addClassName("stepwise-prose");
        div.add(new Html("<div>" + LessonText.toSafeHtml(markdown) + "</div>"));
        return div;
    }
}

package org.stepwise.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.Assignments;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;

/**
 * A student's start page: what their class has to do, the soonest due first, each a card that
 * opens the lesson or the exercise. Students land here when they sign in.
 */
@Route("my-lessons")
@RolesAllowed(Roles.STUDENT)
public class MyLessonsView extends VerticalLayout implements HasDynamicTitle {

    MyLessonsView(Assignments assignments, LessonCatalog catalog, CurrentUser currentUser) {
        addClassName("stepwise-page");
        SignedInUser student = currentUser.get().orElseThrow(); // @RolesAllowed admits only signed-in students
        H1 heading = new H1(getTranslation("lessons.mine.heading", student.displayName()));
        heading.setId("my-lessons-heading");
        add(heading);

        Locale locale = getLocale();
        LocalDate today = LocalDate.now();
        Div cards = new Div();
        cards.setId("my-assignments");
        cards.addClassName("stepwise-cards");
        for (Assignment assignment : assignments.mine()) {
            // a lesson taken out of the catalog, or an exercise taken out of its lesson, has nothing to open
            catalog.lesson(assignment.lesson()).ifPresent(lesson -> card(lesson, assignment, locale, today).ifPresent(cards::add));
        }
        if (cards.getChildren().findAny().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("lessons.mine.empty"));
            empty.setId("no-assignments");
            Anchor explore = new Anchor("lessons", getTranslation("lessons.mine.explore"));
            explore.getElement().setAttribute("router-link", true);
            explore.setId("explore-lessons");
            Div box = new Div(empty, explore);
            box.addClassName("stepwise-callout");
            add(box);
        } else {
            add(new Paragraph(getTranslation("lessons.mine.intro")), cards);
        }
    }

    private Optional<Div> card(Lesson lesson, Assignment assignment, Locale locale, LocalDate today) {
        String lessonHref = "lessons/" + lesson.id().value();
        String exerciseId = assignment.exerciseId();
        Optional<LessonExercise> exercise = exerciseId == null ? Optional.empty() : lesson.exercise(exerciseId);
        if (exerciseId != null && exercise.isEmpty()) {
            return Optional.empty();
        }
        Anchor open = new Anchor(exercise.map(e -> lessonHref + "/" + e.id()).orElse(lessonHref), lesson.title().in(locale));
        open.getElement().setAttribute("router-link", true);
        open.addClassName("stepwise-assignment-link");
        Div card = new Div(new H2(open), new Paragraph(lesson.summary().in(locale)));
        exercise.ifPresent(e -> {
            Paragraph which = new Paragraph(getTranslation("lessons.mine.exercise", lesson.exercises().indexOf(e) + 1, e.title().in(locale)));
            which.addClassName("stepwise-facts");
            Anchor read = new Anchor(lessonHref, getTranslation("lessons.mine.read-lesson"));
            read.getElement().setAttribute("router-link", true);
            read.addClassName("stepwise-lesson-link");
            card.add(which, read);
        });
        if (assignment.dueOn() != null) {
            card.add(due(assignment.dueOn(), locale, today));
        }
        card.addClassName("stepwise-card");
        card.setId(AssignmentsPanel.rowId(assignment));
        return Optional.of(card);
    }

    private Paragraph due(LocalDate dueOn, Locale locale, LocalDate today) {
        DueDates.Standing standing = DueDates.Standing.of(dueOn, today);
        String date = DueDates.format(dueOn, DueDates.dateLocale(locale));
        Paragraph due = new Paragraph(switch (standing) {
            case OVERDUE -> getTranslation("lessons.mine.overdue", date);
            case TODAY -> getTranslation("lessons.mine.due-today");
            case TOMORROW -> getTranslation("lessons.mine.due-tomorrow");
            case LATER -> getTranslation("lessons.mine.due", date);
        });
        due.addClassNames("stepwise-due", standing.name().toLowerCase(Locale.ROOT));
        return due;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.mine.title") + " · " + getTranslation("app.name");
    }
}

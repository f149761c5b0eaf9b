package org.stepwise.presentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.Presentations;
import org.stepwise.security.Roles;

/**
 * Where a teacher starts presenting: a lesson (preselected when the address names one, e.g. from
 * the lesson page's "Present" link: {@code present?lesson=find-the-room}), the class it is for
 * (or none), and the presentations still running, to go back to or end.
 */
@Route("present")
@RolesAllowed(Roles.TEACHER)
public class PresentStartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String LESSON_PARAMETER = "lesson";

    private final Presentations presentations;
    private final LessonCatalog catalog;
    private final Classrooms classrooms;
    private final Select<Lesson> lesson = new Select<>();
    private final Select<ClassChoice> forClass = new Select<>();
    private final UnorderedList running = new UnorderedList();

    PresentStartView(Presentations presentations, LessonCatalog catalog, Classrooms classrooms) {
        this.presentations = presentations;
        this.catalog = catalog;
        this.classrooms = classrooms;
        addClassNames("stepwise-page", "stepwise-present-start");
    }

    /** The class to present to, or none. */
    record ClassChoice(@Nullable ClassId id, String label) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter(LESSON_PARAMETER);
        build(wanted.orElse(null));
    }

    private void build(@Nullable String wantedLesson) {
        removeAll();
        Locale locale = getLocale();
        H1 heading = new H1(getTranslation("present.start.heading"));
        Paragraph how = new Paragraph(getTranslation("present.start.how"));
        lesson.setId("present-lesson");
        lesson.setLabel(getTranslation("present.start.lesson"));
        List<Lesson> lessons = catalog.lessons();
        lesson.setItems(lessons);
        lesson.setItemLabelGenerator(l -> l.title().in(locale));
        lessons.stream().filter(l -> l.id().value().equals(wantedLesson)).findFirst()
                .or(() -> lessons.stream().findFirst()).ifPresent(lesson::setValue);
        forClass.setId("present-class");
        forClass.setLabel(getTranslation("present.start.class"));
        List<ClassChoice> choices = new ArrayList<>();
        for (SchoolClass c : classrooms.myClasses()) {
            choices.add(new ClassChoice(c.id(), c.name()));
        }
        choices.add(new ClassChoice(null, getTranslation("present.start.no-class")));
        forClass.setItems(choices);
        forClass.setItemLabelGenerator(ClassChoice::label);
        forClass.setValue(choices.getFirst());
        Button start = new Button(getTranslation("present.start.button"), e -> start());
        start.setId("present-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(lesson, forClass, start);
        form.addClassName("stepwise-present-form");
        running.setId("present-running");
        add(heading, how, form, new H2(getTranslation("present.start.running")), running);
        showRunning();
    }

    private void start() {
        Lesson chosen = lesson.getValue();
        ClassChoice target = forClass.getValue();
        if (chosen == null || target == null) {
            return;
        }
        Presentation started = presentations.start(chosen.id(), target.id());
        getUI().ifPresent(ui -> ui.navigate(PresenterView.class,
                new RouteParameters(PresentationWindow.PRESENTATION, started.id().toString())));
    }

    private void showRunning() {
        running.removeAll();
        Locale locale = getLocale();
        List<Presentation> mine = presentations.running();
        if (mine.isEmpty()) {
            running.add(new ListItem(getTranslation("present.start.none-running")));
            return;
        }
        for (Presentation p : mine) {
            String title = catalog.lesson(p.lesson()).map(l -> l.title().in(locale)).orElse(p.lesson().value());
            RouterLink open = new RouterLink(title, PresenterView.class,
                    new RouteParameters(PresentationWindow.PRESENTATION, p.id().toString()));
            open.addClassName("stepwise-running-link");
            Button end = new Button(getTranslation("present.end"), e -> {
                presentations.end(p.id());
                showRunning();
            });
            end.getElement().setAttribute("aria-label", getTranslation("present.start.end-one", title));
            running.add(new ListItem(open, end));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.start.heading") + " · " + getTranslation("app.name");
    }
}

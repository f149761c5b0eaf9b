package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;
import org.stepwise.shared.InvalidInputException;

/** A signed-in teacher's start page: their classes, and a form to make a new one. */
@Route("teacher")
@RolesAllowed(Roles.TEACHER)
public class TeacherHomeView extends VerticalLayout implements HasDynamicTitle {

    private final Classrooms classrooms;
    private final ClassForm form = new ClassForm();

    TeacherHomeView(CurrentUser currentUser, Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassName("stepwise-page");
        SignedInUser teacher = currentUser.get().orElseThrow(); // @RolesAllowed admits only signed-in teachers
        H1 heading = new H1(getTranslation("teacher.heading", teacher.displayName()));
        heading.setId("teacher-welcome");
        add(heading, new H2(getTranslation("teacher.classes.heading")));

        List<SchoolClass> mine = classrooms.myClasses();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("teacher.classes.none"));
            empty.setId("no-classes");
            add(empty);
        } else {
            Div cards = new Div();
            cards.addClassName("stepwise-cards");
            cards.setId("classes");
            mine.forEach(c -> cards.add(card(c)));
            add(cards);
        }

        Button create = new Button(getTranslation("classes.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-class");
        create.addClickShortcut(Key.ENTER);
        add(new H2(getTranslation("classes.new.heading")), form, create);

        if (teacher.hasRole(Roles.ADMIN)) {
            Paragraph admin = new Paragraph(getTranslation("teacher.admin.note"));
            admin.addClassName("stepwise-hint");
            add(admin);
        }
    }

    private Div card(SchoolClass schoolClass) {
        RouterLink name = new RouterLink(schoolClass.name(), ClassView.class, new RouteParameters(ClassView.CLASS_ID, schoolClass.id().toString()));
        H2 title = new H2(name);
        Paragraph facts = new Paragraph(getTranslation("classes.card.facts", getTranslation("lesson.subject." + schoolClass.subject().id()),
                schoolClass.grade(), schoolClass.joinCode().display()));
        facts.addClassName("stepwise-facts");
        Div card = new Div(title, facts);
        card.addClassName("stepwise-card");
        card.setId("class-" + schoolClass.id());
        return card;
    }

    private void create() {
        form.clearProblems();
        try {
            ClassDetails details = form.details();
            SchoolClass created = classrooms.create(details);
            getUI().ifPresent(ui -> ui.navigate(ClassView.class, new RouteParameters(ClassView.CLASS_ID, created.id().toString())));
        } catch (InvalidInputException e) {
            form.show(e.problems());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.title") + " · " + getTranslation("app.name");
    }
}

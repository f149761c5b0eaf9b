package org.stepwise.classroom.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;

/** A signed-in teacher's start page. Classes themselves come with the classrooms issue. */
@Route("teacher")
@RolesAllowed(Roles.TEACHER)
public class TeacherHomeView extends VerticalLayout implements HasDynamicTitle {

    TeacherHomeView(CurrentUser currentUser) {
        addClassName("stepwise-page");
        SignedInUser teacher = currentUser.get().orElseThrow(); // @RolesAllowed admits only signed-in teachers
        H1 heading = new H1(getTranslation("teacher.heading", teacher.displayName()));
        heading.setId("teacher-welcome");
        Paragraph empty = new Paragraph(getTranslation("teacher.classes.empty"));
        empty.setId("no-classes");
        add(heading, new H2(getTranslation("teacher.classes.heading")), empty);
        if (teacher.hasRole(Roles.ADMIN)) {
            Paragraph admin = new Paragraph(getTranslation("teacher.admin.note"));
            admin.addClassName("stepwise-hint");
            add(admin);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.title") + " · " + getTranslation("app.name");
    }
}

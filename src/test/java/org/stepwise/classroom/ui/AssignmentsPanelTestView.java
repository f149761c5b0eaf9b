package org.stepwise.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassId;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.security.Roles;

/** Test-only page (src/test): the assignments panel of the class in the route, as a class page embeds it. */
@Route("test/assignments/:class")
@RolesAllowed(Roles.TEACHER)
class AssignmentsPanelTestView extends Div implements BeforeEnterObserver {

    private final Assignments assignments;
    private final LessonCatalog catalog;

    AssignmentsPanelTestView(Assignments assignments, LessonCatalog catalog) {
        this.assignments = assignments;
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ClassId classId = new ClassId(UUID.fromString(event.getRouteParameters().get("class").orElseThrow()));
        add(new AssignmentsPanel(assignments, catalog, classId));
    }
}

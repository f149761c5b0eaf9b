package org.stepwise.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.ClassProgress;
import org.stepwise.classroom.Classrooms;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.live.LiveBus;
import org.stepwise.security.Roles;

/** Test-only page (src/test): the progress panel of the class in the route, as the class page embeds it. */
@Route("test/progress/:class")
@RolesAllowed(Roles.TEACHER)
class ProgressPanelTestView extends Div implements BeforeEnterObserver {

    private final Classrooms classrooms;
    private final ClassProgress progress;
    private final LessonCatalog catalog;
    private final LiveBus bus;

    ProgressPanelTestView(Classrooms classrooms, ClassProgress progress, LessonCatalog catalog, LiveBus bus) {
        this.bus = bus;
        this.classrooms = classrooms;
        this.progress = progress;
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ClassId classId = new ClassId(UUID.fromString(event.getRouteParameters().get("class").orElseThrow()));
        add(new ProgressPanel(progress, bus, catalog, classrooms.get(classId)));
    }
}

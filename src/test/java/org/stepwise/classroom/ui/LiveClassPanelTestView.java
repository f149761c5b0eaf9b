package org.stepwise.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.LiveClassPanel;
import org.stepwise.classroom.LiveClassPanels;
import org.stepwise.security.Roles;

/**
 * Test-only page (src/test): the live class panel of the class in the route, in the look named
 * there, made the way another module (the presentation) makes it.
 */
@Route("test/live/:class/:look")
@RolesAllowed(Roles.TEACHER)
class LiveClassPanelTestView extends Div implements BeforeEnterObserver {

    private final LiveClassPanels panels;

    LiveClassPanelTestView(LiveClassPanels panels) {
        this.panels = panels;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ClassId classId = new ClassId(UUID.fromString(event.getRouteParameters().get("class").orElseThrow()));
        LiveClassPanel.Look look = LiveClassPanel.Look.valueOf(event.getRouteParameters().get("look").orElseThrow().toUpperCase(Locale.ROOT));
        add(panels.create(classId, look));
    }
}

package org.stepwise.presentation.ui;

import java.util.Optional;
import org.stepwise.base.PageExtra;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.live.LiveBus;
import org.stepwise.presentation.StudentPresentations;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;

/** Puts the {@link StudentStrip} on every page of a signed-in student. */
@org.springframework.stereotype.Component
class StudentStrips implements PageExtra {

    private final StudentPresentations presentations;
    private final LessonCatalog catalog;
    private final LiveBus bus;
    private final CurrentUser currentUser;

    StudentStrips(StudentPresentations presentations, LessonCatalog catalog, LiveBus bus, CurrentUser currentUser) {
        this.presentations = presentations;
        this.catalog = catalog;
        this.bus = bus;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return currentUser.hasRole(Roles.STUDENT) ? Optional.of(new StudentStrip(presentations, catalog, bus, currentUser)) : Optional.empty();
    }
}

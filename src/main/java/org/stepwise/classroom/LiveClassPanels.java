package org.stepwise.classroom;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.live.LiveBus;

/**
 * Makes {@link LiveClassPanel}s, for views of other modules (the presentation's presenter and
 * audience views) that should not need to know what a panel is built from.
 */
@Component
public class LiveClassPanels {

    private final ClassProgress progress;
    private final LiveBus bus;
    private final LessonCatalog catalog;

    LiveClassPanels(ClassProgress progress, LiveBus bus, LessonCatalog catalog) {
        this.progress = progress;
        this.bus = bus;
        this.catalog = catalog;
    }

    /**
     * A panel for the class, drawn at once, without student names until
     * {@link LiveClassPanel#setShowNames(boolean)}. Call it on the UI's thread (in a view).
     *
     * @throws AccessDeniedException when the class is not the signed-in teacher's
     */
    public LiveClassPanel create(ClassId classId, LiveClassPanel.Look look) {
        return new LiveClassPanel(progress, bus, catalog, classId, look);
    }
}

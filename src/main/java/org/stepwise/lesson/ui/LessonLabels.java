package org.stepwise.lesson.ui;

import com.vaadin.flow.component.Component;
import org.stepwise.lesson.Pillar;
import org.stepwise.lesson.Subject;

/** The translated names of subjects and pillars. */
final class LessonLabels {

    private LessonLabels() {
    }

    static String subject(Component in, Subject subject) {
        return in.getTranslation("lesson.subject." + subject.id());
    }

    static String pillar(Component in, Pillar pillar) {
        return in.getTranslation("lesson.pillar." + pillar.id());
    }
}

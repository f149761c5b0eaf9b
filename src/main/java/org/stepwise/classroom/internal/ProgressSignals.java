package org.stepwise.classroom.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepwise.classroom.ClassId;
import org.stepwise.exercise.ExerciseChecked;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveMessage;

/**
 * When a student of a class checks a program or signs in, tells every app instance that the
 * class's progress changed (topic {@code class:<id>}), so that open class pages and projectors
 * look again. Only the exercise's key and the outcome, or that someone signed in, travel: no
 * name, no program.
 */
@Component
public class ProgressSignals {

    private final ClassRepository classes;
    private final LiveBus bus;

    ProgressSignals(ClassRepository classes, LiveBus bus) {
        this.classes = classes;
        this.bus = bus;
    }

    public static String topic(ClassId classId) {
        return "class:" + classId;
    }

    /**
     * Tells every instance that a student of the class signed in (payload {@code {"signedIn":true}}),
     * on the caller's transaction: delivered when it commits.
     */
    public void signedIn(ClassId classId) {
        bus.publish(new LiveMessage(topic(classId), "{\"signedIn\":true}"));
    }

    @EventListener
    void checked(ExerciseChecked checked) {
        classes.classOf(checked.student()).ifPresent(classId -> bus.publish(new LiveMessage(topic(classId),
                "{\"lesson\":\"" + checked.exercise().lessonId() + "\",\"exercise\":\"" + checked.exercise().exerciseId()
                        + "\",\"passed\":" + checked.passed() + "}")));
    }
}

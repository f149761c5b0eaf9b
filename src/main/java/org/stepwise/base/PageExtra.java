package org.stepwise.base;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature adds to every page of the app for the signed-in person, without the frame
 * knowing the feature (the projector's strip for students, which follows the teacher and asks
 * their questions). A Spring bean; the frame calls {@link #create()} once per browser tab.
 */
public interface PageExtra {

    /** A new component for the current user, or empty when this user gets nothing. */
    Optional<Component> create();
}

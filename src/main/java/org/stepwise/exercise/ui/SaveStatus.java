package org.stepwise.exercise.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;

/**
 * Says whether the student's work is saved: on the server, in this browser, not yet (retrying), or
 * not, because it was changed in another tab meanwhile.
 */
class SaveStatus extends Composite<Span> {

    enum State { SAVED, SAVING, IN_BROWSER, FAILED, TOO_LARGE, CONFLICT }

    SaveStatus() {
        getContent().setId("save-status");
        getContent().getElement().setAttribute("role", "status");
        getContent().addClassName("stepwise-save-status");
    }

    void show(State state, Object... args) {
        Span span = getContent();
        span.setText(getTranslation("exercise.save." + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), args));
        span.getElement().setAttribute("data-state", state.name().toLowerCase(java.util.Locale.ROOT));
        span.setClassName("problem", state == State.FAILED || state == State.TOO_LARGE || state == State.CONFLICT);
    }
}

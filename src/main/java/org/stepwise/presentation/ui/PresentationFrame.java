package org.stepwise.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The frame of the presenter's and the audience's windows: turns keyboard and clicker keys into
 * {@link Action}s, shows the window full screen on F or on a click of an element marked with
 * {@link #markFullscreenToggle}, and keeps clocks marked with {@link #markClock} ticking (all in
 * {@code presentation/presentation-frame.js}, because browsers allow full screen only in answer
 * to a key or a click).
 */
@Tag("stepwise-presentation")
@JsModule("./presentation/presentation-frame.js")
abstract class PresentationFrame extends Component implements HasComponents, HasStyle {

    /** What a key asks for. */
    enum Action {
        NEXT, PREVIOUS, FIRST, LAST, BLANK;

        static Optional<Action> of(String name) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(name)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /** Calls the listener with every key action pressed in this window. */
    protected Registration onKeyAction(Consumer<Action> listener) {
        return getElement().addEventListener("present-key", e -> Action.of(e.getEventData().get("event.detail.action").asString())
                .ifPresent(listener)).addEventData("event.detail.action");
    }

    /** Clicking this component switches the window to full screen and back. */
    static void markFullscreenToggle(Component toggle) {
        toggle.getElement().setAttribute("data-fullscreen", true);
    }

    /** This component shows the time since {@code startedAtMillis}, ticking every second. */
    static void markClock(Component clock, long startedAtMillis) {
        clock.getElement().setAttribute("data-started-at", Long.toString(startedAtMillis));
    }
}

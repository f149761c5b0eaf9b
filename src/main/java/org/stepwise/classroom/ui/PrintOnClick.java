package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Opens the browser's print dialog when the component inside it (a button) is clicked. */
@Tag("stepwise-print-on-click")
@JsModule("./classroom/print-on-click.js")
final class PrintOnClick extends Component implements HasComponents {

    PrintOnClick(Component trigger) {
        add(trigger);
    }
}

package org.stepwise.exercise.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** Hints on request, one at a time, from a nudge to nearly the answer. */
class HintsPanel extends Composite<Div> {

    private final List<String> hints;
    private final OrderedList shown = new OrderedList();
    private final Button more = new Button();

    HintsPanel(List<String> hints) {
        this.hints = List.copyOf(hints);
        Div root = getContent();
        root.addClassName("stepwise-hints");
        shown.setId("hints");
        shown.getElement().setAttribute("aria-live", "polite");
        more.setIcon(VaadinIcon.LIGHTBULB.create());
        more.setId("show-hint");
        more.addClickListener(e -> showNext());
        root.add(more, shown);
        update();
    }

    int shownCount() {
        return shown.getComponentCount();
    }

    private void showNext() {
        int next = shown.getComponentCount();
        if (next < hints.size()) {
            shown.add(new ListItem(getTranslation("exercise.hint.numbered", next + 1, hints.size(), hints.get(next))));
        }
        update();
    }

    private void update() {
        int count = shown.getComponentCount();
        more.setText(getTranslation(count == 0 ? "exercise.hint.first" : "exercise.hint.next"));
        more.setEnabled(count < hints.size());
        more.setVisible(!hints.isEmpty());
    }
}

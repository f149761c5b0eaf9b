package org.stepwise.exercise.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shown when this tab's program could not be saved because the same exercise was saved meanwhile
 * in another tab or on another computer: says so (role {@code alert}, read out at once) and lets
 * the student keep this tab's program or load the other one. Empty otherwise: the alert region
 * stays in the page, so that screen readers announce what is put into it.
 */
class SaveConflictBanner extends Composite<Div> {

    final Paragraph message = new Paragraph();
    final Button keepThisOne = new Button();
    final Button loadTheOther = new Button();
    private final Div buttons = new Div(keepThisOne, loadTheOther);

    /**
     * @param keep called when the student keeps this tab's program (to save it over the other)
     * @param load called when the student takes the other one (to load it here)
     */
    SaveConflictBanner(Runnable keep, Runnable load) {
        Div root = getContent();
        root.setId("save-conflict");
        root.addClassName("stepwise-save-conflict");
        root.getElement().setAttribute("role", "alert");
        message.setText(getTranslation("exercise.conflict.message"));
        message.setId("save-conflict-message");
        keepThisOne.setText(getTranslation("exercise.conflict.keep"));
        keepThisOne.setId("keep-this-one");
        keepThisOne.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepThisOne.addClickListener(e -> keep.run());
        loadTheOther.setText(getTranslation("exercise.conflict.load"));
        loadTheOther.setId("load-the-other-one");
        loadTheOther.addClickListener(e -> load.run());
        buttons.addClassName("stepwise-save-conflict-buttons");
    }

    void show() {
        if (!isShown()) {
            getContent().add(message, buttons);
        }
    }

    void hide() {
        getContent().removeAll();
    }

    boolean isShown() {
        return getContent().getComponentCount() > 0;
    }
}

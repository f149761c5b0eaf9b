package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stepwise.classroom.Picture;
import org.stepwise.classroom.PictureSequence;

/**
 * Entering a picture password: the twelve pictures as large buttons (each with its translated
 * name for screen readers and as a tooltip), a row of {@link PictureSequence#LENGTH} slots with
 * the pictures picked so far, "back" to take the last one back and "start again". When the last
 * slot is filled the pad tells its {@linkplain #addSequenceListener listeners} the sequence and
 * takes no more pictures until {@link #clear()} or "back".
 */
class PicturePad extends Composite<Div> {

    private final List<Picture> picked = new ArrayList<>(PictureSequence.LENGTH);
    private final List<Consumer<PictureSequence>> listeners = new ArrayList<>();
    private final Map<Picture, Button> buttons = new EnumMap<>(Picture.class);
    private final List<Div> slots = new ArrayList<>(PictureSequence.LENGTH);
    private final Span progress = new Span();
    private final Button back;
    private final Button clear;

    PicturePad() {
        Div root = getContent();
        root.addClassName("stepwise-picture-pad");

        Div slotRow = new Div();
        slotRow.setId("picture-slots");
        slotRow.addClassName("stepwise-picture-slots");
        slotRow.getElement().setAttribute("role", "group");
        slotRow.getElement().setAttribute("aria-label", getTranslation("picture-pad.slots"));
        for (int i = 0; i < PictureSequence.LENGTH; i++) {
            Div slot = new Div();
            slot.addClassName("stepwise-picture-slot");
            slot.getElement().setAttribute("role", "img");
            slots.add(slot);
            slotRow.add(slot);
        }
        progress.addClassName("stepwise-visually-hidden");
        progress.getElement().setAttribute("aria-live", "polite");

        Div grid = new Div();
        grid.addClassName("stepwise-picture-grid");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", getTranslation("picture-pad.pictures"));
        for (Picture picture : Picture.values()) {
            String name = getTranslation(picture.translationKey());
            Button button = new Button(new Image(picture.imagePath(), ""), e -> pick(picture));
            button.setId("picture-" + picture.id());
            button.addClassName("stepwise-picture-button");
            button.setAriaLabel(name);
            button.setTooltipText(name);
            buttons.put(picture, button);
            grid.add(button);
        }

        back = new Button(getTranslation("picture-pad.back"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
            takeBack();
            focusAfter(e.getSource());
        });
        back.setId("picture-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        clear = new Button(getTranslation("picture-pad.clear"), VaadinIcon.REFRESH.create(), e -> {
            clear();
            focusAfter(e.getSource());
        });
        clear.setId("picture-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(back, clear);
        actions.addClassName("stepwise-picture-actions");

        root.add(slotRow, progress, grid, actions);
        show();
    }

    /**
     * Calls {@code listener} with the sequence each time the last slot is filled.
     *
     * @return a registration that removes the listener
     */
    Registration addSequenceListener(Consumer<PictureSequence> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The pictures picked so far, in order. */
    List<Picture> picked() {
        return List.copyOf(picked);
    }

    /** Empties every slot, so that the pictures can be picked again. */
    void clear() {
        picked.clear();
        show();
    }

    /** Puts the keyboard focus on the first picture (e.g. after a wrong sequence was cleared). */
    void focus() {
        buttons.get(Picture.values()[0]).focus();
    }

    private void pick(Picture picture) {
        if (picked.size() == PictureSequence.LENGTH) {
            return; // full: a double click on the last picture must not count twice
        }
        picked.add(picture);
        show();
        if (picked.size() == PictureSequence.LENGTH) {
            back.focus(); // the pictures are disabled now; keep the keyboard focus on the pad
            PictureSequence sequence = new PictureSequence(picked);
            List.copyOf(listeners).forEach(listener -> listener.accept(sequence));
        }
    }

    private void takeBack() {
        if (!picked.isEmpty()) {
            picked.removeLast();
            show();
        }
    }

    /** A button that disabled itself would drop the keyboard focus: give it to the first picture. */
    private void focusAfter(Button pressed) {
        if (!pressed.isEnabled()) {
            focus();
        }
    }

    private void show() {
        for (int i = 0; i < slots.size(); i++) {
            Div slot = slots.get(i);
            slot.removeAll();
            String number = String.valueOf(i + 1);
            if (i < picked.size()) {
                Picture picture = picked.get(i);
                slot.add(new Image(picture.imagePath(), ""));
                slot.addClassName("filled");
                slot.getElement().setAttribute("aria-label",
                        getTranslation("picture-pad.slot.filled", number, getTranslation(picture.translationKey())));
            } else {
                Span empty = new Span(number);
                empty.getElement().setAttribute("aria-hidden", "true");
                slot.add(empty);
                slot.removeClassName("filled");
                slot.getElement().setAttribute("aria-label", getTranslation("picture-pad.slot.empty", number));
            }
        }
        boolean full = picked.size() == PictureSequence.LENGTH;
        buttons.values().forEach(button -> button.setEnabled(!full));
        back.setEnabled(!picked.isEmpty());
        clear.setEnabled(!picked.isEmpty());
        progress.setText(getTranslation("picture-pad.progress", picked.size(), PictureSequence.LENGTH));
    }
}

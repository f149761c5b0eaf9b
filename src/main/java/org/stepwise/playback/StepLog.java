package org.stepwise.playback;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * One plain-language line per step: a visible log, and a polite live region that a screen reader
 * reads out as the program steps. Keeps the latest lines only, so a long run stays light.
 * Element ids: {@code step-log} (the list), {@code step-log-heading}, {@code step-live} (the live region).
 */
public class StepLog extends Composite<Div> {

    public static final int KEPT_LINES = 200;

    private final OrderedList lines = new OrderedList();
    private final Span live = new Span();

    public StepLog() {
        Div root = getContent();
        root.addClassName("stepwise-step-log");
        H3 heading = new H3(getTranslation("exercise.log"));
        heading.setId("step-log-heading");
        lines.setId("step-log");
        lines.getElement().setAttribute("aria-labelledby", "step-log-heading");
        live.setId("step-live");
        live.addClassName("stepwise-visually-hidden");
        live.getElement().setAttribute("aria-live", "polite");
        live.getElement().setAttribute("role", "status");
        root.add(heading, lines, live);
    }

    /** Adds a line and announces it. */
    public void add(String line) {
        ListItem item = new ListItem(line);
        lines.add(item);
        while (lines.getComponentCount() > KEPT_LINES) {
            lines.remove(lines.getComponentAt(0));
        }
        item.scrollIntoView();
        live.setText(line);
    }

    /** Removes the last line (a step back) and announces where the program is now. */
    public void removeLast(String announce) {
        if (lines.getComponentCount() > 0) {
            lines.remove(lines.getComponentAt(lines.getComponentCount() - 1));
        }
        live.setText(announce);
    }

    /** How many lines are shown. */
    public int size() {
        return lines.getComponentCount();
    }

    /** Shows these lines instead (after a jump), announcing the last. */
    public void replace(List<String> newLines) {
        lines.removeAll();
        newLines.stream().skip(Math.max(0, newLines.size() - KEPT_LINES)).forEach(l -> lines.add(new ListItem(l)));
        if (lines.getComponentCount() > 0) {
            lines.getComponentAt(lines.getComponentCount() - 1).scrollIntoView();
        }
        live.setText(newLines.isEmpty() ? "" : newLines.getLast());
    }

    /** The lines shown, oldest first. */
    public List<String> lines() {
        return lines.getChildren().map(c -> c.getElement().getText()).toList();
    }

    /** Has the screen reader read this out, without adding a line. */
    public void announce(String text) {
        live.setText(text);
    }

    /** What the live region last announced. */
    public String announced() {
        return live.getText();
    }

    /** Removes every line and announces nothing. */
    public void clear() {
        lines.removeAll();
        live.setText("");
    }
}

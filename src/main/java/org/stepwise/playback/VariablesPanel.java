package org.stepwise.playback;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.stepwise.program.Trace;

/** The program's variables after the current step; the ones that just changed stand out. Element id {@code variables}. */
public class VariablesPanel extends Composite<Div> {

    private final DescriptionList list = new DescriptionList();
    private final Paragraph empty = new Paragraph();

    public VariablesPanel() {
        Div root = getContent();
        root.addClassName("stepwise-variables");
        root.setId("variables");
        H3 heading = new H3(getTranslation("exercise.variables"));
        empty.setText(getTranslation("exercise.variables.none"));
        list.getElement().setAttribute("aria-label", getTranslation("exercise.variables"));
        root.add(heading, empty, list);
    }

    /** Shows these variables; those also in {@code changed} are marked (class name {@code changed}). */
    public void show(List<Trace.Variable> variables, List<Trace.Variable> changed) {
        list.removeAll();
        empty.setVisible(variables.isEmpty());
        for (Trace.Variable v : variables) {
            DescriptionList.Term term = new DescriptionList.Term(v.name());
            DescriptionList.Description value = new DescriptionList.Description(v.value());
            if (changed.contains(v)) {
                term.addClassName("changed");
                value.addClassName("changed");
            }
            list.add(term, value);
        }
    }
}

package org.stepwise.playback;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.stepwise.grading.TestCase;

/**
 * Chooses the case to watch among an exercise's visible ones (hidden cases are never offered),
 * by name. The value is the case's index in the exercise. Element id {@code case}.
 */
public class CaseSelect extends Select<Integer> {

    public CaseSelect() {
        setId("case");
        setWidthFull();
        setLabel(getTranslation("exercise.case"));
    }

    /** Offers the visible ones of these cases and chooses the first of them. */
    public void setCases(List<TestCase> cases) {
        List<Integer> visible = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).visible()) {
                visible.add(i);
            }
        }
        List<String> names = cases.stream().map(TestCase::name).toList();
        setItems(visible);
        setItemLabelGenerator(names::get);
        setValue(visible.isEmpty() ? 0 : visible.getFirst());
    }

    /** The chosen case's index in the exercise (0 when none is offered). */
    public int caseIndex() {
        Integer value = getValue();
        return value == null ? 0 : value;
    }

    /** Called with the case's index when the user chooses another case (not when the code does). */
    public Registration addCaseChosenListener(IntConsumer listener) {
        return addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.accept(e.getValue());
            }
        });
    }
}

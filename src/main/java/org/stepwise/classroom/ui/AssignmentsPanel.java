package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassId;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.lesson.LessonExercise;
import org.stepwise.lesson.LessonId;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.shared.InputProblem;
import org.stepwise.shared.InvalidInputException;

/**
 * What a class has to do, for its teacher: the assigned lessons and exercises with their due
 * dates (change a date, take an assignment off), and a form to assign another one. Embedded in
 * the teacher's class page; every action is one call to {@link Assignments}, which checks that
 * the class is the signed-in teacher's.
 */
class AssignmentsPanel extends VerticalLayout {

    private final Assignments assignments;
    private final ClassId classId;
    private final Locale locale;
    private final Locale dateLocale;
    private final Map<LessonId, Lesson> lessons;

    final ComboBox<Lesson> lesson = new ComboBox<>();
    final Select<LessonExercise> exercise = new Select<>();
    final DueDatePicker due;
    final Button submit = new Button();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Paragraph status = new Paragraph();

    AssignmentsPanel(Assignments assignments, LessonCatalog catalog, ClassId classId) {
        this.assignments = assignments;
        this.classId = classId;
        this.locale = getLocale();
        this.dateLocale = DueDates.dateLocale(locale);
        Collator collator = Collator.getInstance(locale);
        List<Lesson> all = catalog.lessons().stream()
                .sorted(Comparator.comparing((Lesson l) -> l.title().in(locale), collator)).toList();
        this.lessons = all.stream().collect(Collectors.toMap(Lesson::id, Function.identity()));
        setPadding(false);
        addClassName("stepwise-assignments");

        list.setId("assignments");
        list.addClassName("stepwise-assignment-list");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("display", "grid")
                .set("gap", "var(--lumo-space-s)").set("width", "100%");
        empty.setText(getTranslation("teacher.assignments.empty"));
        empty.setId("no-assignments");
        empty.addClassName("stepwise-hint");
        status.setId("assignments-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("stepwise-hint");

        lesson.setId("assign-lesson");
        lesson.setLabel(getTranslation("teacher.assignments.lesson"));
        lesson.setPlaceholder(getTranslation("teacher.assignments.lesson.placeholder"));
        lesson.setItems(all);
        lesson.setItemLabelGenerator(l -> l.title().in(locale));
        lesson.setClearButtonVisible(true);
        lesson.setManualValidation(true);
        lesson.setMinWidth("18rem");
        lesson.addValueChangeListener(e -> lessonPicked(e.getValue()));

        exercise.setId("assign-exercise");
        exercise.setLabel(getTranslation("teacher.assignments.exercise-picker"));
        exercise.setEmptySelectionAllowed(true);
        exercise.setEmptySelectionCaption(getTranslation("teacher.assignments.whole-lesson"));
        exercise.setItemLabelGenerator(this::exerciseLabel);
        exercise.setManualValidation(true);
        exercise.setEnabled(false);
        exercise.setMinWidth("16rem");
        exercise.addValueChangeListener(e -> {
            exercise.setInvalid(false);
            lesson.setInvalid(false); // a refused duplicate is about the lesson and the exercise together
        });

        due = new DueDatePicker(this, dateLocale, getTranslation("teacher.assignments.due-picker"));
        due.setId("assign-due");

        submit.setText(getTranslation("teacher.assignments.submit"));
        submit.setId("assign-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> assign());

        HorizontalLayout form = new HorizontalLayout(lesson, exercise, due, submit);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("stepwise-assign-form");
        add(new H2(getTranslation("teacher.assignments.heading")), empty, list,
                new H3(getTranslation("teacher.assignments.add.heading")), form, status);
        showAssignments();
    }

    private void lessonPicked(@Nullable Lesson picked) {
        lesson.setInvalid(false);
        exercise.setInvalid(false);
        exercise.setItems(picked == null ? List.of() : picked.exercises());
        exercise.setValue(null);
        exercise.setEnabled(picked != null && !picked.exercises().isEmpty());
    }

    private String exerciseLabel(@Nullable LessonExercise item) {
        if (item == null) {
            return getTranslation("teacher.assignments.whole-lesson");
        }
        Lesson picked = lesson.getValue();
        int number = picked == null ? 0 : picked.exercises().indexOf(item) + 1;
        return getTranslation("teacher.assignments.exercise", number, item.title().in(locale));
    }

    private void assign() {
        status.setText("");
        Lesson picked = lesson.getValue();
        if (picked == null) {
            lesson.setErrorMessage(getTranslation("teacher.assignments.error.pick-lesson"));
            lesson.setInvalid(true);
            lesson.focus();
            return;
        }
        if (due.unreadable()) {
            due.showError(getTranslation("teacher.assignments.error.bad-date"));
            due.focus();
            return;
        }
        LessonExercise one = exercise.getValue();
        try {
            Assignment made = assignments.assign(classId, picked.id(), one == null ? null : one.id(), due.getValue());
            lesson.clear();
            due.clear();
            showAssignments();
            status.setText(getTranslation("teacher.assignments.assigned", describe(made)));
            lesson.focus();
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
                switch (problem.field()) {
                    case Assignments.EXERCISE -> {
                        exercise.setErrorMessage(message);
                        exercise.setInvalid(true);
                    }
                    case Assignments.DUE -> due.showError(message);
                    default -> {
                        lesson.setErrorMessage(message);
                        lesson.setInvalid(true);
                    }
                }
            }
        }
    }

    /** Redraws the list from the service. */
    private void showAssignments() {
        List<Assignment> current = assignments.forClass(classId);
        list.removeAll();
        current.forEach(a -> list.add(new Row(a)));
        empty.setVisible(current.isEmpty());
        list.setVisible(!current.isEmpty());
    }

    private String lessonTitle(Assignment assignment) {
        Lesson found = lessons.get(assignment.lesson());
        return found != null ? found.title().in(locale)
                : getTranslation("teacher.assignments.lesson-unavailable", assignment.lesson().value());
    }

    private String exerciseText(Assignment assignment) {
        String exerciseId = assignment.exerciseId();
        if (exerciseId == null) {
            return getTranslation("teacher.assignments.whole-lesson");
        }
        Lesson found = lessons.get(assignment.lesson());
        Optional<LessonExercise> one = found == null ? Optional.empty() : found.exercise(exerciseId);
        return one.map(e -> getTranslation("teacher.assignments.exercise", found.exercises().indexOf(e) + 1, e.title().in(locale)))
                .orElseGet(() -> getTranslation("teacher.assignments.exercise-unavailable", exerciseId));
    }

    /** The lesson's title, and the exercise when only one is assigned: what the teacher recognises. */
    private String describe(Assignment assignment) {
        return assignment.wholeLesson() ? lessonTitle(assignment)
                : getTranslation("teacher.assignments.lesson-and-exercise", lessonTitle(assignment), exerciseText(assignment));
    }

    private String dueText(@Nullable LocalDate dueOn) {
        if (dueOn == null) {
            return getTranslation("teacher.assignments.no-due");
        }
        boolean passed = dueOn.isBefore(LocalDate.now());
        return getTranslation(passed ? "teacher.assignments.was-due" : "teacher.assignments.due", DueDates.format(dueOn, dateLocale));
    }

    private Anchor lessonLink(Assignment assignment) {
        String href = "lessons/" + assignment.lesson().value() + (assignment.wholeLesson() ? "" : "/" + assignment.exerciseId());
        Anchor link = new Anchor(href, lessonTitle(assignment));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    static String rowId(Assignment assignment) {
        return "assignment-" + assignment.lesson().value() + (assignment.wholeLesson() ? "" : "-" + assignment.exerciseId());
    }

    /** One assignment: what it is, when it is due, and its actions; the due date is edited in place. */
    private final class Row extends ListItem {

        private Assignment assignment;
        private final Span dueLabel = new Span();
        private final HorizontalLayout actions = new HorizontalLayout();
        private final HorizontalLayout editor = new HorizontalLayout();
        private final Button change = new Button();
        private final DueDatePicker newDue;

        Row(Assignment assignment) {
            this.assignment = assignment;
            String id = rowId(assignment);
            setId(id);
            addClassNames("stepwise-card", "stepwise-assignment");
            Component title = lessons.containsKey(assignment.lesson())
                    ? lessonLink(assignment) : new Span(lessonTitle(assignment));
            title.getElement().getClassList().add("stepwise-assignment-title");
            Span what = new Span(exerciseText(assignment));
            what.addClassName("stepwise-facts");
            dueLabel.addClassName("stepwise-due");
            dueLabel.setId(id + "-due-text");

            change.setText(getTranslation("teacher.assignments.change-due"));
            change.addClickListener(e -> openEditor());
            change.setId(id + "-change");
            change.setAriaLabel(getTranslation("teacher.assignments.change-due.label", describe(assignment)));
            Button remove = new Button(getTranslation("teacher.assignments.remove"), e -> remove());
            remove.setId(id + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("teacher.assignments.remove.label", describe(assignment)));
            actions.add(change, remove);

            newDue = new DueDatePicker(AssignmentsPanel.this, dateLocale, getTranslation("teacher.assignments.new-due"));
            newDue.setId(id + "-new-due");
            newDue.setHelperText(getTranslation("teacher.assignments.new-due.help"));
            Button save = new Button(getTranslation("teacher.assignments.save-due"), e -> saveDue());
            save.setId(id + "-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("teacher.assignments.cancel"), e -> closeEditor());
            cancel.setId(id + "-cancel");
            editor.add(newDue, save, cancel);
            editor.setAlignItems(FlexComponent.Alignment.BASELINE);
            editor.setWrap(true);
            editor.setVisible(false);

            Div text = new Div(title, new Paragraph(what), new Paragraph(dueLabel));
            add(text, actions, editor);
            showDue();
        }

        private void showDue() {
            dueLabel.setText(dueText(assignment.dueOn()));
        }

        private void openEditor() {
            newDue.setValue(assignment.dueOn());
            newDue.setInvalid(false);
            actions.setVisible(false);
            editor.setVisible(true);
            newDue.focus();
        }

        private void closeEditor() {
            editor.setVisible(false);
            actions.setVisible(true);
            change.focus();
        }

        private void saveDue() {
            if (newDue.unreadable()) {
                newDue.showError(getTranslation("teacher.assignments.error.bad-date"));
                return;
            }
            try {
                assignment = assignments.changeDueDate(classId, assignment.id(), assignment.version(), newDue.getValue());
                showDue();
                closeEditor();
                status.setText(getTranslation("teacher.assignments.due-saved", describe(assignment)));
            } catch (ConcurrentChangeException e) {
                Optional<Assignment> now = assignments.forClass(classId).stream().filter(a -> a.id().equals(assignment.id())).findFirst();
                if (now.isEmpty()) {
                    String what = describe(assignment);
                    showAssignments();
                    status.setText(getTranslation("teacher.assignments.error.removed-meanwhile", what));
                    return;
                }
                // keep what the teacher picked; saving again replaces the other change knowingly
                assignment = now.get();
                showDue();
                newDue.showError(getTranslation("teacher.assignments.error.changed-meanwhile", dueText(assignment.dueOn())));
            } catch (InvalidInputException e) {
                newDue.showError(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().arguments().toArray()));
            }
        }

        private void remove() {
            String what = describe(assignment);
            assignments.unassign(classId, assignment.id());
            showAssignments();
            status.setText(getTranslation("teacher.assignments.removed", what));
            lesson.focus();
        }
    }
}

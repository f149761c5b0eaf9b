package org.stepwise.classroom.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.lesson.Subject;
import org.stepwise.shared.InputProblem;

/** The fields of a class, for making one and for changing it. */
final class ClassForm extends FormLayout {

    final TextField name = new TextField();
    final Select<Subject> subject = new Select<>();
    final TextField grade = new TextField();
    final RadioButtonGroup<SignInKind> signIn =
            new RadioButtonGroup<>();

    ClassForm() {
        name.setLabel(getTranslation("classes.field.name"));
        name.setHelperText(getTranslation("classes.field.name.helper"));
        name.setMaxLength(ClassDetails.MAX_NAME_LENGTH);
        name.setId("class-name");
        subject.setLabel(getTranslation("classes.field.subject"));
        subject.setItems(Subject.values());
        subject.setItemLabelGenerator(s -> getTranslation("lesson.subject." + s.id()));
        subject.setValue(Subject.MATHS);
        subject.setId("class-subject");
        grade.setLabel(getTranslation("classes.field.grade"));
        grade.setHelperText(getTranslation("classes.field.grade.helper"));
        grade.setMaxLength(ClassDetails.MAX_GRADE_LENGTH);
        grade.setId("class-grade");
        signIn.setLabel(getTranslation("classes.field.sign-in"));
        signIn.setItems(SignInKind.values());
        signIn.setItemLabelGenerator(k -> getTranslation("classes.sign-in." + k.id()));
        signIn.setValue(SignInKind.PICTURES);
        signIn.setId("class-sign-in");
        add(name, subject, grade, signIn);
        setMaxWidth("40rem");
    }

    ClassDetails details() {
        return new ClassDetails(name.getValue(), subject.getValue(), grade.getValue(), signIn.getValue());
    }

    void fill(SchoolClass schoolClass) {
        name.setValue(schoolClass.name());
        subject.setValue(schoolClass.subject());
        grade.setValue(schoolClass.grade());
        signIn.setValue(schoolClass.signIn());
    }

    void clearProblems() {
        List.of(name, grade).forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    void show(List<InputProblem> problems) {
        for (InputProblem problem : problems) {
            var field = problem.field().equals("grade") ? grade : name;
            field.setInvalid(true);
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
        }
        (problems.getFirst().field().equals("grade") ? grade : name).focus();
    }
}

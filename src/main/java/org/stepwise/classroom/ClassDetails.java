package org.stepwise.classroom;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.shared.InputProblem;
import org.stepwise.lesson.Subject;

/** What a teacher types for a class. */
public record ClassDetails(String name, Subject subject, String grade, SignInKind signIn) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_GRADE_LENGTH = 40;

    public ClassDetails {
        name = name.strip();
        grade = grade.strip();
    }

    /** What is wrong, field by field; empty when the details can be stored. */
    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(InputProblem.of("name", "classes.error.name-missing"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(InputProblem.of("name", "classes.error.name-too-long", MAX_NAME_LENGTH));
        }
        if (grade.length() > MAX_GRADE_LENGTH) {
            problems.add(InputProblem.of("grade", "classes.error.grade-too-long", MAX_GRADE_LENGTH));
        }
        return problems;
    }
}

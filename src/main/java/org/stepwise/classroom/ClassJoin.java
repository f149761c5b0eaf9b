package org.stepwise.classroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.internal.ClassRepository;
import org.stepwise.classroom.internal.StudentSecrets;
import org.stepwise.security.AccountId;
import org.stepwise.security.StudentAccounts;

/**
 * How students sign in, without e-mail or user name: the class's join code, their name on the
 * roster, then their pictures or secret word (docs/classrooms.md). Open to anonymous visitors.
 */
@Service
public class ClassJoin {

    private final ClassRepository classes;
    private final StudentAccounts students;

    ClassJoin(ClassRepository classes, StudentAccounts students) {
        this.classes = classes;
        this.students = students;
    }

    /** The class with this code, as typed by a student (any case, dash and spaces optional). */
    @Transactional(readOnly = true)
    public Optional<JoinableClass> find(String typedCode) {
        return JoinCode.parse(typedCode).flatMap(classes::findByCode).map(c -> new JoinableClass(c.joinCode(), c.name(), c.signIn(),
                classes.roster(c.id()).stream().map(s -> new JoinableClass.Name(s.id(), s.displayName())).toList()));
    }

    /**
     * Signs the student in on the request's session when the secret is theirs and they are on the
     * roster of the class with this code.
     */
    @Transactional(readOnly = true)
    public JoinOutcome signIn(JoinCode code, AccountId student, String secret, HttpServletRequest request, HttpServletResponse response) {
        Optional<SchoolClass> schoolClass = classes.findByCode(code)
                .filter(c -> classes.classOf(student).map(c.id()::equals).orElse(false));
        if (schoolClass.isEmpty()) {
            return new JoinOutcome.WrongSecret();
        }
        return students.signIn(student, StudentSecrets.normalize(schoolClass.get().signIn(), secret), request, response)
                .<JoinOutcome>map(JoinOutcome.SignedIn::new)
                .orElseGet(JoinOutcome.WrongSecret::new);
    }
}

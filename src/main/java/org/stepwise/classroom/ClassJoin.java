package org.stepwise.classroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.internal.ClassRepository;
import org.stepwise.classroom.internal.ProgressSignals;
import org.stepwise.classroom.internal.StudentSecrets;
import org.stepwise.security.AccountId;
import org.stepwise.security.LoginThrottle;
import org.stepwise.security.StudentAccounts;
import org.stepwise.security.StudentSignIn;

/**
 * How students sign in, without e-mail or user name: the class's join code, their name on the
 * roster, then their pictures or secret word (docs/classrooms.md). Open to anonymous visitors.
 */
@Service
public class ClassJoin {

    private final ClassRepository classes;
    private final StudentAccounts students;
    private final LoginThrottle throttle;
    private final ProgressSignals signals;

    ClassJoin(ClassRepository classes, StudentAccounts students, LoginThrottle throttle, ProgressSignals signals) {
        this.classes = classes;
        this.students = students;
        this.throttle = throttle;
        this.signals = signals;
    }

    /**
     * The class with this code, as typed by a student (any case, dash and spaces optional). Unknown
     * codes count against the address they come from ({@link LoginThrottle}, with the address
     * limit: a whole class shares one school address), so codes cannot be guessed in bulk.
     */
    @Transactional(readOnly = true)
    public JoinLookup find(String typedCode, String address) {
        String key = "join-code:" + typedCode.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        Optional<java.time.Duration> wait = throttle.refusal(key, address);
        if (wait.isPresent()) {
            return new JoinLookup.TooManyTries(wait.get());
        }
        Optional<SchoolClass> found = JoinCode.parse(typedCode).flatMap(classes::findByCode);
        if (found.isEmpty()) {
            throttle.failed(key, address);
            return new JoinLookup.Unknown();
        }
        SchoolClass c = found.get();
        return new JoinLookup.Found(new JoinableClass(c.joinCode(), c.name(), c.signIn(),
                classes.roster(c.id()).stream().map(s -> new JoinableClass.Name(s.id(), s.displayName())).toList()));
    }

    /**
     * Signs the student in on the request's session when the secret is theirs and they are on the
     * roster of the class with this code. A sign-in is recorded (the student's last sign-in time,
     * which {@link ClassProgress#live} counts as "joined") and announced on the live bus as
     * {@code class:<id>}, in this transaction: open class pages and projectors on every instance
     * look again once it commits.
     */
    @Transactional
    public JoinOutcome signIn(JoinCode code, AccountId student, String secret, HttpServletRequest request, HttpServletResponse response) {
        Optional<SchoolClass> schoolClass = classes.findByCode(code)
                .filter(c -> classes.classOf(student).map(c.id()::equals).orElse(false));
        if (schoolClass.isEmpty()) {
            return new JoinOutcome.WrongSecret();
        }
        return switch (students.signIn(student, StudentSecrets.normalize(schoolClass.get().signIn(), secret), request, response)) {
            case StudentSignIn.SignedIn in -> {
                classes.recordSignIn(student);
                signals.signedIn(schoolClass.get().id());
                yield new JoinOutcome.SignedIn(in.student());
            }
            case StudentSignIn.WrongSecret wrong -> new JoinOutcome.WrongSecret();
            case StudentSignIn.TooManyTries tooMany -> new JoinOutcome.TooManyTries(tooMany.retryAfter());
        };
    }
}

package org.stepwise.classroom;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.shared.InputProblem;
import org.stepwise.shared.InvalidInputException;
import org.stepwise.classroom.internal.ClassRepository;
import org.stepwise.classroom.internal.StudentSecrets;
import org.stepwise.security.AccountId;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;
import org.stepwise.security.StudentAccounts;

/**
 * A teacher's classes and their rosters. Every method works only on the signed-in teacher's own
 * classes: a class of another teacher is refused with {@link AccessDeniedException}, exactly as
 * one that does not exist, so ids of others' classes reveal nothing. Admins have no access to
 * classes they do not teach.
 */
@Service
@PreAuthorize("hasRole('TEACHER')")
public class Classrooms {

    public static final int MAX_STUDENT_NAME_LENGTH = 80;
    public static final int MAX_STUDENTS_PER_CLASS = 200;

    private static final Logger log = LoggerFactory.getLogger(Classrooms.class);

    private final ClassRepository classes;
    private final StudentAccounts students;
    private final StudentSecrets secrets;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    Classrooms(ClassRepository classes, StudentAccounts students, StudentSecrets secrets, CurrentUser currentUser) {
        this.classes = classes;
        this.students = students;
        this.secrets = secrets;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<SchoolClass> myClasses() {
        return classes.byTeacher(teacher().id());
    }

    /** @throws InvalidInputException naming each field that is wrong; nothing is stored then */
    @Transactional
    public SchoolClass create(ClassDetails details) {
        requireValid(details.problems());
        AccountId teacher = teacher().id();
        JoinCode code = JoinCode.random(random);
        while (classes.codeTaken(code)) {
            code = JoinCode.random(random);
        }
        ClassId id = ClassId.random();
        classes.insert(id, teacher, details, code);
        log.atInfo().addKeyValue("class", id).log("Class {} created", id);
        return classes.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public SchoolClass get(ClassId id) {
        return owned(id);
    }

    /**
     * Changes a class's details. When the way students sign in changes, every student gets a new
     * secret of the new kind, returned for new cards.
     *
     * @throws ConcurrentChangeException when the class changed since {@code expectedVersion} was read
     */
    @Transactional
    public ClassUpdate update(ClassId id, long expectedVersion, ClassDetails details, Locale locale) {
        requireValid(details.problems());
        SchoolClass before = owned(id);
        if (!classes.update(id, expectedVersion, details)) {
            throw new ConcurrentChangeException("class " + id);
        }
        List<StudentSecret> newSecrets = before.signIn() == details.signIn() ? List.of()
                : makeSecrets(details.signIn(), classes.roster(id), locale);
        return new ClassUpdate(classes.find(id).orElseThrow(), newSecrets);
    }

    /** Deletes the class, its students' accounts and all their work. */
    @Transactional
    public void delete(ClassId id) {
        owned(id);
        List<AccountId> roster = classes.roster(id).stream().map(RosterStudent::id).toList();
        students.delete(roster);
        classes.delete(id);
        log.atInfo().addKeyValue("class", id).log("Class {} deleted with {} students", id, roster.size());
    }

    @Transactional(readOnly = true)
    public List<RosterStudent> roster(ClassId id) {
        owned(id);
        return classes.roster(id);
    }

    /**
     * Adds students by name, one per line as pasted (blank lines are skipped), each with a new
     * secret of the class's kind.
     *
     * @throws InvalidInputException naming the line of every name that is too long or already on
     *                               the roster (or twice in the list); nobody is added then
     */
    @Transactional
    public List<StudentSecret> addStudents(ClassId id, List<String> names, Locale locale) {
        SchoolClass schoolClass = lockOwned(id);
        List<RosterStudent> roster = classes.roster(id);
        Set<String> taken = new HashSet<>();
        roster.forEach(s -> taken.add(key(s.displayName())));
        List<InputProblem> problems = new ArrayList<>();
        List<String> toAdd = new ArrayList<>();
        for (int line = 1; line <= names.size(); line++) {
            String name = names.get(line - 1).strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_STUDENT_NAME_LENGTH) {
                problems.add(InputProblem.of("names", "roster.error.name-too-long", line, MAX_STUDENT_NAME_LENGTH));
            } else if (!taken.add(key(name))) {
                problems.add(InputProblem.of("names", "roster.error.name-taken", line, name));
            } else {
                toAdd.add(name);
            }
        }
        if (toAdd.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.of("names", "roster.error.no-names"));
        }
        if (roster.size() + toAdd.size() > MAX_STUDENTS_PER_CLASS) {
            problems.add(InputProblem.of("names", "roster.error.too-many", MAX_STUDENTS_PER_CLASS));
        }
        requireValid(problems);
        List<StudentSecret> made = new ArrayList<>();
        for (String name : toAdd) {
            String secret = secrets.make(schoolClass.signIn(), locale);
            AccountId student = students.create(name, StudentSecrets.normalize(schoolClass.signIn(), secret));
            classes.addStudent(id, student);
            made.add(new StudentSecret(student, name, schoolClass.signIn(), secret));
        }
        log.atInfo().addKeyValue("class", id).log("{} students added to class {}", made.size(), id);
        return made;
    }

    /**
     * @throws InvalidInputException when the name is empty, too long or another student's
     * @throws ConcurrentChangeException when the student was renamed since {@code expectedVersion} was read
     */
    @Transactional
    public RosterStudent rename(ClassId id, AccountId student, long expectedVersion, String newName) {
        lockOwned(id);
        requireOnRoster(id, student);
        String name = newName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidInputException(List.of(InputProblem.of("name", "roster.error.name-missing")));
        }
        if (name.length() > MAX_STUDENT_NAME_LENGTH) {
            throw new InvalidInputException(List.of(InputProblem.of("name", "roster.error.name-too-long", 1, MAX_STUDENT_NAME_LENGTH)));
        }
        boolean taken = classes.roster(id).stream().anyMatch(s -> !s.id().equals(student) && key(s.displayName()).equals(key(name)));
        if (taken) {
            throw new InvalidInputException(List.of(InputProblem.of("name", "roster.error.name-taken", 1, name)));
        }
        long version = students.rename(student, expectedVersion, name);
        return new RosterStudent(student, name, version);
    }

    /** Removes a student from the class and deletes their account and all their work. */
    @Transactional
    public void removeStudent(ClassId id, AccountId student) {
        lockOwned(id);
        requireOnRoster(id, student);
        students.delete(List.of(student));
        log.atInfo().addKeyValue("class", id).log("A student of class {} was deleted", id);
    }

    /** New secrets for these students of the class (the old ones stop working), for new cards. */
    @Transactional
    public List<StudentSecret> newSecrets(ClassId id, Collection<AccountId> which, Locale locale) {
        SchoolClass schoolClass = lockOwned(id);
        Map<AccountId, RosterStudent> roster = new HashMap<>();
        classes.roster(id).forEach(s -> roster.put(s.id(), s));
        List<RosterStudent> chosen = new ArrayList<>();
        for (AccountId student : which) {
            RosterStudent onRoster = roster.get(student);
            if (onRoster == null) {
                throw new AccessDeniedException("not a student of this class");
            }
            chosen.add(onRoster);
        }
        return makeSecrets(schoolClass.signIn(), chosen, locale);
    }

    private List<StudentSecret> makeSecrets(SignInKind kind, List<RosterStudent> roster, Locale locale) {
        List<StudentSecret> made = new ArrayList<>();
        for (RosterStudent student : roster) {
            String secret = secrets.make(kind, locale);
            students.changeSecret(student.id(), StudentSecrets.normalize(kind, secret));
            made.add(new StudentSecret(student.id(), student.displayName(), kind, secret));
        }
        return made;
    }

    private void requireOnRoster(ClassId id, AccountId student) {
        if (!classes.classOf(student).map(id::equals).orElse(false)) {
            throw new AccessDeniedException("not a student of this class");
        }
    }

    private SchoolClass owned(ClassId id) {
        return classes.find(id).filter(c -> c.teacher().equals(teacher().id()))
                .orElseThrow(() -> new AccessDeniedException("not one of your classes"));
    }

    private SchoolClass lockOwned(ClassId id) {
        owned(id);
        return classes.lock(id).orElseThrow(() -> new AccessDeniedException("not one of your classes"));
    }

    private SignedInUser teacher() {
        SignedInUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
        if (!user.hasRole(Roles.TEACHER)) {
            throw new AccessDeniedException("only teachers have classes");
        }
        return user;
    }

    private static void requireValid(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A class after an edit, and the new secrets it made (when the way of signing in changed). */
    public record ClassUpdate(SchoolClass schoolClass, List<StudentSecret> newSecrets) {
    }
}

package org.stepwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.security.internal.StudentAccountRepository;
import org.stepwise.security.internal.StudentAccountRepository.StoredStudent;
import org.stepwise.security.internal.SignInKeys;
import org.stepwise.security.internal.SignedInSessions;
import org.stepwise.security.internal.StudentSessions;

/**
 * Accounts of students, who have no user name and sign in with a secret their teacher gives them
 * (docs/classrooms.md). Only the classroom module calls the teacher-side methods, after checking
 * that the signed-in teacher teaches the student; every method here also refuses to touch an
 * account that is not a student's.
 */
@Service
public class StudentAccounts {

    private final StudentAccountRepository students;
    private final StudentSessions sessions;
    private final SignedInSessions signedIn;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;

    StudentAccounts(StudentAccountRepository students, StudentSessions sessions, SignedInSessions signedIn, LoginThrottle throttle,
            PasswordEncoder passwordEncoder) {
        this.students = students;
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new student account; the secret is stored only as a hash. */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public AccountId create(String displayName, String secret) {
        AccountId id = AccountId.random();
        students.insert(id, displayName, passwordEncoder.encode(secret));
        return id;
    }

    /**
     * @return the account's new version
     * @throws ConcurrentChangeException when the account changed since {@code expectedVersion} was read
     */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public long rename(AccountId student, long expectedVersion, String displayName) {
        return students.rename(student, expectedVersion, displayName)
                .orElseThrow(() -> new ConcurrentChangeException("student " + student));
    }

    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public void changeSecret(AccountId student, String secret) {
        if (!students.changeSecret(student, passwordEncoder.encode(secret))) {
            throw new IllegalArgumentException("no student account " + student);
        }
        // the old card no longer opens anything: sessions signed in with it end, wrong tries are forgotten
        signedIn.end(student, null);
        throttle.clear(SignInKeys.student(student));
    }

    /** Deletes the accounts and, by cascade, all their work. */
    @PreAuthorize("hasRole('TEACHER')")
    @Transactional
    public int delete(Collection<AccountId> ids) {
        int deleted = students.delete(ids);
        ids.forEach(id -> {
            signedIn.end(id, null);
            throttle.clear(SignInKeys.student(id));
        });
        return deleted;
    }

    /**
     * Checks the student's secret and, when it is right, signs them in on this request's session
     * (with a new session id). Open to anonymous visitors: this is how students sign in. Wrong
     * tries are limited per student and per address ({@link LoginThrottle}); while a student or
     * address is refused, no secret is checked at all.
     */
    public StudentSignIn signIn(AccountId student, String secret, HttpServletRequest request, HttpServletResponse response) {
        String key = SignInKeys.student(student);
        String address = request.getRemoteAddr();
        Optional<java.time.Duration> wait = throttle.refusal(key, address);
        if (wait.isPresent()) {
            return new StudentSignIn.TooManyTries(wait.get());
        }
        Optional<StoredStudent> stored = students.find(student)
                .filter(StoredStudent::enabled)
                .filter(s -> passwordEncoder.matches(secret, s.secretHash()));
        if (stored.isEmpty()) {
            throttle.failed(key, address);
            return new StudentSignIn.WrongSecret();
        }
        throttle.succeeded(key);
        sessions.signIn(stored.get(), request, response);
        return new StudentSignIn.SignedIn(new SignedInUser(student, stored.get().displayName(), java.util.Set.of(Roles.STUDENT)));
    }
}

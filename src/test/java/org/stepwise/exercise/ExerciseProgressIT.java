package org.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.grading.Exercise;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.security.AccountId;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.SignUpResult;

/** What a teacher reads of their students' work: attempts, the cases the class fails, saved programs. */
@SpringBootTest
class ExerciseProgressIT {

    private static final Path DIR = Path.of("src/test/resources/grading");
    // keys of their own: grading plans are cached per key and lesson version for the whole test context
    private static final ExerciseKey DAYS = new ExerciseKey("progress-it", "days-from-tuesday");
    private static final ExerciseKey OTHER = new ExerciseKey("progress-it", "the-same-again");
    private static final String FIRST_CASE = "From Tuesday, 100 days";

    @Autowired
    ExerciseProgress progress;
    @Autowired
    ExerciseChecks checks;
    @Autowired
    StudentWork work;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    private Exercise exercise;
    private String wrong;
    private String right;
    private AccountId ana;
    private AccountId ben;
    private AccountId cai;
    private AccountId dan;
    private AccountId eve;

    @BeforeEach
    void aClass() throws Exception {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Teacher", "teacher", "correct horse battery", "correct horse battery"));
        ana = account("ana");
        ben = account("ben");
        cai = account("cai");
        dan = account("dan");
        eve = account("eve");
        exercise = ExerciseReader.read(Files.readString(DIR.resolve("days-from-tuesday.json")));
        wrong = Files.readString(DIR.resolve("off-by-one.workspace.json"));
        right = Files.readString(DIR.resolve("remainder.workspace.json"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private AccountId account(String username) {
        // students are accounts too; until student sign-in exists, teacher accounts stand in for them
        var created = (SignUpResult.Created) accounts.signUpTeacher(
                new SignUpRequest(username, username, "correct horse battery", "correct horse battery"));
        return created.account().id();
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private void checkAs(String username, ExerciseKey key, String program, int hints) {
        signIn(username);
        checks.check(key, 1, exercise, program, new CheckEffort(hints, Instant.now().minusSeconds(60)));
    }

    @Test
    void the_cases_a_class_fails_are_counted_from_each_students_latest_attempt_on_the_exercise() {
        checkAs("ana", DAYS, wrong, 0);
        checkAs("ana", DAYS, right, 1); // ana fixed it: her latest attempt passes everything
        checkAs("ben", DAYS, right, 0);
        checkAs("ben", DAYS, wrong, 0); // ben broke it again: his latest attempt counts
        checkAs("cai", DAYS, wrong, 3);
        checkAs("cai", DAYS, right, 3); // cai fixed it too
        checkAs("eve", DAYS, wrong, 0); // not one of the students asked about
        checkAs("ana", OTHER, wrong, 0); // another exercise is counted on its own
        signIn("teacher");

        List<CaseFailure> failures = progress.caseFailures(List.of(ana, ben, cai, dan));

        List<CaseFailure> days = failures.stream().filter(f -> f.exercise().equals(DAYS)).toList();
        assertThat(days).hasSize(708).allSatisfy(f -> assertThat(f.studentsTried()).isEqualTo(3));
        assertThat(days).contains(new CaseFailure(DAYS, FIRST_CASE, false, 1, 3)); // only ben fails it now
        assertThat(days.stream().filter(CaseFailure::hidden).count()).isEqualTo(707);
        assertThat(days.getFirst().studentsFailing()).isEqualTo(1); // the most failed first
        assertThat(days).isSortedAccordingTo((a, b) -> Integer.compare(b.studentsFailing(), a.studentsFailing()));
        assertThat(days).allSatisfy(f -> assertThat(f.studentsFailing()).isIn(0, 1));
        assertThat(failures.stream().filter(f -> f.exercise().equals(OTHER)))
                .hasSize(708).contains(new CaseFailure(OTHER, FIRST_CASE, false, 1, 1));
    }

    @Test
    void a_teacher_reads_every_attempt_of_the_students_named_with_hints_and_time() {
        checkAs("ana", DAYS, wrong, 0);
        checkAs("ana", DAYS, right, 2);
        checkAs("ben", DAYS, wrong, 1);
        checkAs("eve", DAYS, right, 0);
        signIn("teacher");

        List<AttemptRecord> attempts = progress.attempts(List.of(ana, ben, dan));

        assertThat(attempts).hasSize(3).noneMatch(a -> a.student().equals(eve));
        List<AttemptRecord> anas = attempts.stream().filter(a -> a.student().equals(ana)).toList();
        assertThat(anas).extracting(AttemptRecord::passed).containsExactly(false, true); // oldest first
        AttemptRecord solved = anas.get(1);
        assertThat(solved.exercise()).isEqualTo(DAYS);
        assertThat(solved.casesPassed()).isEqualTo(708);
        assertThat(solved.casesTotal()).isEqualTo(708);
        assertThat(solved.steps()).isPositive();
        assertThat(solved.hintsUsed()).isEqualTo(2);
        assertThat(solved.secondsSpent()).isBetween(60, 65);
        assertThat(solved.at()).isAfterOrEqualTo(anas.getFirst().at());
        assertThat(attempts.stream().filter(a -> a.student().equals(ben)).toList())
                .singleElement().satisfies(b -> assertThat(b.hintsUsed()).isEqualTo(1));
        assertThat(progress.attempts(List.of())).isEmpty();
    }

    @Test
    void a_teacher_reads_a_students_latest_program_and_who_has_started_what() {
        signIn("ana");
        SavedWorkspace saved = work.save(DAYS, right, 0);
        signIn("teacher");

        assertThat(progress.latestWorkspace(ana, DAYS)).contains(saved);
        assertThat(progress.latestWorkspace(ben, DAYS)).isEmpty();
        assertThat(progress.savedWork(List.of(ana, ben)))
                .containsExactly(new SavedWorkRecord(ana, DAYS, saved.savedAt()));
    }

    @Test
    void only_teachers_may_read_students_work() {
        checkAs("ana", DAYS, wrong, 0);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> progress.attempts(List.of(ana))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "a student", null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));

        assertThatThrownBy(() -> progress.attempts(List.of(ana))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.caseFailures(List.of(ana))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.savedWork(List.of(ana))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.latestWorkspace(ana, DAYS)).isInstanceOf(AccessDeniedException.class);
    }
}
